dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
-- An admin changes a customer's notes: a JSON merge patch with If-Match. IDS_FILE holds
-- "id version" lines read just before the run; every thread patches its own share of them, each
-- customer once, so no request conflicts with another.
local rows = lines(os.getenv("IDS_FILE"))
local threads = tonumber(os.getenv("THREADS") or "1")
local next_row
request = function()
  next_row = (next_row or (tid or 0) + 1 - threads) + threads
  local id, version = rows[(next_row - 1) % #rows + 1]:match("(%S+)%s+(%S+)")
  local patch_headers = { ["Authorization"] = headers["Authorization"],
      ["Content-Type"] = "application/merge-patch+json", ["If-Match"] = '"' .. version .. '"' }
  return wrk.format("PATCH", "/api/v1/customers/" .. id, patch_headers,
      '{"notes":"benchmark update ' .. next_row .. '"}')
end
