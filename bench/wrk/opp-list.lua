dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
-- A manager's opportunity list screens: by stage, status, close dates, amounts, in each order.
local filters = {
  "status=OPEN", "status=OPEN&sort=expectedCloseDate", "status=OPEN&sort=-amount",
  "stageId=7e1f0000-0000-4000-8000-000000000003", "stageId=7e1f0000-0000-4000-8000-000000000004&sort=-amount",
  "closeFrom=2026-01-01&closeTo=2026-03-31", "amountMin=500000&sort=-amount", "status=WON&sort=-updatedAt",
  "ownerId=li.lei&status=OPEN", "closeFrom=2027-01-01&sort=expectedCloseDate",
}
request = function()
  return wrk.format("GET", "/api/v1/opportunities?limit=50&" .. pick(filters), headers)
end
