dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
-- What people type: partial words and typos, Chinese and English.
local queries = {
  "%E6%9D%AD%E5%B7%9E%E5%8D%8E%E4%BF%A1%E7%A7%91%E6%8A%80",             -- 杭州华信科技
  "%E8%A5%BF%E5%AE%89%E8%BF%9C%E8%88%AA%E7%89%A9%E6%B5%81",             -- 西安远航物流
  "%E4%B8%9C%E6%96%B9%E8%BF%9C%E8%88%AA",                               -- 东方远航
  "%E9%BC%8E%E7%9B%9B%E5%8C%BB%E8%8D%AF",                               -- 鼎盛医药
  "Goldn%20Electroncs", "Northstar%20Logistcs", "Summit%20Pharm", "Jade%20Motrs",
}
-- SORT=name (or -updatedAt, ...) asks for the matches in that order instead of by relevance.
local order = os.getenv("SORT") and ("&sort=" .. os.getenv("SORT")) or ""
request = function()
  return wrk.format("GET", "/api/v1/customers?limit=20&q=" .. pick(queries) .. order, headers)
end
