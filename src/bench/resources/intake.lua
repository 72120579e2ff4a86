-- wrk script of the intake benchmark (org.kesher.bench.IntakeBench). The bench writes the bodies
-- into target/bench-intake-bodies.lua, which this script loads; each request picks one at random.
--   wrk ... -s intake.lua URL -- <bodies file> <requests per second in all, 0: as fast as possible> <threads>
-- Counts every answer that is not 201 Created as an error, and prints one line that starts with
-- "wrk-result" for the bench to read.

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clock, bench_timespec *ts);
]]
local ts = ffi.new("bench_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

local requests = {}
local interval = 0
local next_at = 0
non201 = 0
first_bad = ""

function init(args)
  local bodies = dofile(args[1])
  for i, body in ipairs(bodies) do
    requests[i] = wrk.format("POST", nil,
      { ["Content-Type"] = "application/json; charset=UTF-8", ["Accept-Language"] = "he" }, body)
  end
  math.randomseed(id * 7919 + math.floor(now_ms()))
  local rate = tonumber(args[2] or "0")
  local count = tonumber(args[3] or "1")
  if rate > 0 then
    interval = 1000.0 * count / rate -- each thread sends its share of the rate
    next_at = now_ms()
  end
end

function request()
  return requests[math.random(#requests)]
end

function delay()
  if interval == 0 then
    return 0
  end
  local now = now_ms()
  if next_at < now - 1000 then
    next_at = now -- more than a second behind: do not try to catch up with a burst
  end
  local at = next_at
  next_at = next_at + interval
  return math.max(0, at - now)
end

function response(status, headers, body)
  if status ~= 201 then
    non201 = non201 + 1
    if first_bad == "" then
      first_bad = status .. " " .. string.sub(string.gsub(body or "", "%s+", " "), 1, 200)
    end
  end
end

function done(summary, latency, requests)
  local bad = 0
  local example = ""
  for _, thread in ipairs(threads) do
    bad = bad + (thread:get("non201") or 0)
    local first = thread:get("first_bad") or ""
    if example == "" then
      example = first
    end
  end
  local e = summary.errors
  io.write(string.format(
    "wrk-result requests=%d duration_us=%d non201=%d connect=%d read=%d write=%d status=%d"
      .. " timeout=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d mean_us=%.0f\n",
    summary.requests, summary.duration, bad, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    latency.mean))
  if example ~= "" then
    io.write("wrk-first-error " .. example .. "\n")
  end
end
