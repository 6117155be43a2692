-- The pool's first page, newest first or best first, filtered or not, as reps open it.
dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
local paths = {"/api/v1/lead-pool?limit=50", "/api/v1/lead-pool?limit=50&sort=-score",
               "/api/v1/lead-pool?limit=50&sourceChannel=REFERRAL",
               "/api/v1/lead-pool?limit=50&sort=-score&industry=Software"}
request = function()
  return wrk.format("GET", pick(paths), headers)
end
