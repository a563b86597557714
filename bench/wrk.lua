-- wrk script for make bench.
-- PATHS_FILE (env): request these paths in turn (one per line), e.g. 30 search queries.
-- UNIQUE=1 (env): append a counter as ?bench=N so every request misses the page cache.
-- The result is printed as one line "BENCHJSON {...}" with p50/p95/p99 in microseconds.
local paths = nil
local counter = 0
local unique = os.getenv("UNIQUE") == "1"
local base_path = nil

init = function(args)
  local file = os.getenv("PATHS_FILE")
  if file and file ~= "" then
    paths = {}
    for line in io.lines(file) do
      if line ~= "" then table.insert(paths, line) end
    end
  end
  base_path = wrk.path
  -- Different threads start at different positions so they do not move in lockstep.
  counter = math.random(0, 1000000)
end

request = function()
  counter = counter + 1
  local path = base_path
  if paths then
    path = paths[(counter % #paths) + 1]
  end
  if unique then
    local sep = "?"
    if string.find(path, "?", 1, true) then sep = "&" end
    path = path .. sep .. "bench=" .. counter .. "-" .. math.random(1, 1000000000)
  end
  return wrk.format(nil, path)
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCHJSON {"requests":%d,"duration_us":%d,"bytes":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"p50_us":%d,"p95_us":%d,"p99_us":%d,"max_us":%d,"mean_us":%.1f}\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    latency.max, latency.mean))
end
