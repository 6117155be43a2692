dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
-- A rep opens an opportunity for one of their customers.
local ids = lines(os.getenv("IDS_FILE"))
request = function()
  local body = string.format(
    '{"customerId":"%s","name":"基准商机 %d","amount":{"amount":"%d.00","currency":"CNY"},"expectedCloseDate":"2027-03-31"}',
    pick(ids), math.random(1e9), math.random(10000, 900000))
  return wrk.format("POST", "/api/v1/opportunities", headers, body)
end
