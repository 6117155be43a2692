-- One candidate as a user types: a phone (half of them taken) and a company name.
dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
local phones = lines(os.getenv("PHONES_FILE"))
local names = lines(os.getenv("NAMES_FILE"))
request = function()
  local phone
  if math.random() < 0.5 then phone = pick(phones) else phone = string.format("+86137%08d", math.random(99999999)) end
  local body = string.format('{"candidates":[{"phones":["%s"],"company":"%s"}]}', phone, pick(names))
  return wrk.format("POST", "/api/v1/duplicate-checks", headers, body)
end
