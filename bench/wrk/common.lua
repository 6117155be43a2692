-- Shared by the scenarios: bearer token from the environment, random picks, percentiles out.
token = os.getenv("TOKEN")
headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }

-- Every thread its own random sequence, different in every run: otherwise wrk's threads (and the
-- warm-up and the measured run) repeat each other's "random" phones and ids.
local thread_count = 0
function setup(thread)
  thread:set("tid", thread_count)
  thread_count = thread_count + 1
end
function init(args)
  math.randomseed(os.time() * 1000 + (tid or 0) * 7919)
end

function lines(path)
  local items = {}
  for line in io.lines(path) do
    if #line > 0 then items[#items + 1] = line end
  end
  return items
end

function pick(items)
  return items[math.random(#items)]
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout
  io.write(string.format(
      "RESULT rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f p999_ms=%.2f requests=%d errors=%d\n",
      summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(90) / 1000,
      latency:percentile(99) / 1000, latency:percentile(99.9) / 1000,
      summary.requests, errors))
end
