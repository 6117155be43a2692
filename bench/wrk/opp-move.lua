dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
-- A rep moves an open opportunity between the first two stages (neither requires a field).
local ids = lines(os.getenv("OPP_IDS_FILE"))
local stages = { "7e1f0000-0000-4000-8000-000000000001", "7e1f0000-0000-4000-8000-000000000002" }
request = function()
  return wrk.format("POST", "/api/v1/opportunities/" .. pick(ids) .. "/stage", headers,
      '{"stageId":"' .. pick(stages) .. '"}')
end
