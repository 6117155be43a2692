dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
-- A manager's filtered first pages, as a list screen asks for them.
local filters = {
  "industry=Retail", "importance=KEY", "tag=vip", "province=%E6%B5%99%E6%B1%9F&city=%E5%AE%81%E6%B3%A2",
  "demandStatus=TARGET&sort=-updatedAt", "ownerId=li.lei", "sort=-createdAt", "industry=Energy&importance=KEY",
}
request = function()
  return wrk.format("GET", "/api/v1/customers?limit=50&" .. pick(filters), headers)
end
