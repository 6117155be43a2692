dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
-- A point read: one of the rep's opportunities.
local ids = lines(os.getenv("OPP_IDS_FILE"))
request = function()
  return wrk.format("GET", "/api/v1/opportunities/" .. pick(ids), headers)
end
