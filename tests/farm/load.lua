-- wrk script for scripts/load.sh (driven by tests/farm/load.py).
--   wrk -tN -cN ... -s load.lua -- SESSIONS_FILE REQUESTS SEED OUT_PREFIX
-- One connection per thread (-t and -c equal), so that a thread's requests
-- and answers alternate and each answer is known to belong to the request
-- the thread sent last: that is how the writes are told apart below.
-- SESSIONS_FILE: one "session-id csrf-token" per line (signed-in sessions).
-- Each thread sends a fixed cycle of 10 requests until it has had REQUESTS
-- answers, then stops and creates OUT_PREFIX.<thread>.done, so that load.py
-- can end wrk (SIGINT) at once instead of at the -d bound. The time from the
-- first request to the last answer is taken with clock_gettime through
-- LuaJIT's FFI (wrk's own duration is the -d bound when a thread stops early):
--   4 x GET /          without a cookie (reads, no session)
--   3 x GET /account   with a session cookie (signed-in reads)
--   1 x GET /          with a session cookie
--   1 x POST /counter  with a session cookie and its CSRF token (a read and a write)
--   1 x POST /entries  with a session cookie and its CSRF token: adds an entry
--                      named for this request alone
-- Every /entries answer is appended to OUT_PREFIX.<thread>.writes as
-- "status session-id entry", for load.py to look the entries up in the store
-- afterwards. Anything but 200 or 303 is counted as an error and reported by
-- done().

local ffi = require("ffi")
ffi.cdef [[
   typedef struct { long tv_sec; long tv_nsec; } load_timespec;
   int clock_gettime(int clk_id, load_timespec *tp);
]]
local function now()
   local t = ffi.new("load_timespec")
   ffi.C.clock_gettime(1, t)   -- CLOCK_MONOTONIC
   return tonumber(t.tv_sec) + tonumber(t.tv_nsec) / 1e9
end

local sessions = {}
local threads = {}

function setup(thread)
   thread:set("id", #threads + 1)
   table.insert(threads, thread)
end

function init(args)
   local file = args[1]
   limit = tonumber(args[2])
   math.randomseed(tonumber(args[3] or "1") + id)
   out_prefix = args[4] .. "." .. id
   writes = io.open(out_prefix .. ".writes", "w")
   t_first = 0
   t_last = 0
   for line in io.lines(file) do
      local sid, token = line:match("^(%S+)%s+(%S+)$")
      if sid then
         table.insert(sessions, { sid = sid, token = token })
      end
   end
   answered = 0
   bad = 0
   bad_codes = ""
   n = 0
   -- the /entries request awaiting its answer ("session-id entry"), if any
   pending = nil
end

local form = { ["Content-Type"] = "application/x-www-form-urlencoded" }

function request()
   if n == 0 then
      t_first = now()
   end
   n = n + 1
   -- a request whose connection failed got no answer: not a write either way
   pending = nil
   local step = n % 10
   if step < 4 then
      return wrk.format("GET", "/", {})
   end
   local s = sessions[math.random(#sessions)]
   local cookie = "AURA_APP=" .. s.sid
   if step < 7 then
      return wrk.format("GET", "/account", { Cookie = cookie })
   elseif step == 7 then
      return wrk.format("GET", "/", { Cookie = cookie })
   end
   local headers = { Cookie = cookie, ["Content-Type"] = form["Content-Type"] }
   if step == 8 then
      return wrk.format("POST", "/counter", headers, "__csrf_value=" .. s.token)
   end
   local entry = out_prefix:match("[^/]*$") .. "." .. n
   pending = s.sid .. " " .. entry
   return wrk.format("POST", "/entries", headers, "__csrf_value=" .. s.token .. "&entry=" .. entry)
end

function response(status, headers, body)
   answered = answered + 1
   if pending then
      writes:write(status, " ", pending, "\n")
      pending = nil
   end
   if status ~= 200 and status ~= 303 then
      bad = bad + 1
      if #bad_codes < 200 then
         bad_codes = bad_codes .. status .. " "
      end
   end
   if answered == limit then
      t_last = now()
      writes:close()
      local fh = io.open(out_prefix .. ".done", "w")
      if fh then fh:close() end
      wrk.thread:stop()
   end
end

function done(summary, latency, requests)
   local bad_total, codes, seconds = 0, "", 0
   for _, t in ipairs(threads) do
      local first, last = t:get("t_first") or 0, t:get("t_last") or 0
      if last > first and last - first > seconds then
         seconds = last - first
      end
      bad_total = bad_total + (t:get("bad") or 0)
      codes = codes .. (t:get("bad_codes") or "")
   end
   local e = summary.errors
   io.write(string.format(
      "LOADJSON {\"requests\": %d, \"duration_us\": %d, \"p50_us\": %d, \"p90_us\": %d, \"p99_us\": %d, " ..
      "\"max_us\": %d, \"connect\": %d, \"read\": %d, \"write\": %d, \"status\": %d, \"timeout\": %d, " ..
      "\"bad_answers\": %d, \"bad_codes\": \"%s\", \"seconds\": %.4f}\n",
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(90),
      latency:percentile(99), latency.max, e.connect, e.read, e.write, e.status, e.timeout,
      bad_total, codes, seconds))
end
