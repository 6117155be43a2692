-- Capture a lead into the pool: the duplicate check (phone, e-mail, similar company) runs first.
dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
local cities = {"杭州","上海","广州","深圳","南京","苏州","成都","武汉"}
local cores = {"华信","东方","远航","金桥","博越","中科","恒通","瑞丰","星辰","汇智"}
local trades = {"科技","电子","机械","贸易","物流"}
local counter = 0
request = function()
  counter = counter + 1
  local body = string.format(
    '{"personName":"基准","company":"%s%s%s%s%d有限公司","phones":["+86137%08d"],"email":"bench%d-%d@example.com","sourceChannel":"WEB_FORM","toPool":true}',
    pick(cities), pick(cores), pick(cores), pick(trades), math.random(1e6),
    math.random(99999999), math.random(1e9), counter)
  return wrk.format("POST", "/api/v1/leads", headers, body)
end
