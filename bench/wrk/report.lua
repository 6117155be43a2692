dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
-- One report, or (REPORT unset) any of them: aging, two years of monthly revenue, a team's forecast.
local reports = {
  "/api/v1/receivables/aging?groupBy=team",
  "/api/v1/revenue?groupBy=month&from=2024-12-01&to=2026-11-30",
  "/api/v1/forecast?period=quarter&from=2026-01-01&to=2026-12-31&team=east",
}
local chosen = os.getenv("REPORT")
request = function()
  return wrk.format("GET", chosen or pick(reports), headers)
end
