-- Reps claim pooled leads, each request a lead of its own (the file holds each id once; threads
-- take alternate lines); three reps' tokens take turns, as claims of one rep are serialised.
dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
local ids = lines(os.getenv("POOL_IDS_FILE"))
local tokens = {}
for t in string.gmatch(os.getenv("TOKENS"), "[^,]+") do tokens[#tokens + 1] = t end
local counter = 0
request = function()
  counter = counter + 1
  local i = ((counter - 1) * 2 + tid) % #ids + 1
  local h = { ["Authorization"] = "Bearer " .. tokens[1 + counter % #tokens],
              ["Content-Type"] = "application/json" }
  return wrk.format("POST", "/api/v1/leads/" .. ids[i] .. "/claim", h)
end
