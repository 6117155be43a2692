dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
local counter = 0
request = function()
  counter = counter + 1
  local body = string.format(
    '{"name":"基准测试客户 %d-%d","industry":"Retail","region":{"province":"浙江","city":"杭州"},"tags":["bench"]}',
    math.random(1e9), counter)
  return wrk.format("POST", "/api/v1/customers", headers, body)
end
