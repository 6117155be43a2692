dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
local ids = lines(os.getenv("IDS_FILE"))
request = function()
  return wrk.format("GET", "/api/v1/customers/" .. pick(ids), headers)
end
