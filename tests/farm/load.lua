-- wrk script for scripts/load.sh (driven by tests/farm/load.py).
--   wrk -t1 ... -s load.lua -- SESSIONS_FILE REQUESTS SEED DONE_FILE
-- SESSIONS_FILE: one "session-id csrf-token" per line (signed-in sessions).
-- The thread sends a fixed cycle of 10 requests until it has had REQUESTS
-- answers, then stops and creates DONE_FILE, so that load.py can end wrk
-- (SIGINT) at once instead of at the -d bound. The time from the first
-- request to the last answer is taken with clock_gettime through LuaJIT's FFI
-- (wrk's own duration is the -d bound when a thread stops early):
--   4 x GET /          without a cookie (reads, no session)
--   3 x GET /account   with a session cookie (signed-in reads)
--   1 x GET /          with a session cookie
--   1 x POST /counter  with a session cookie and its CSRF token (write)
--   1 x POST /note     with a session cookie and its CSRF token (write)
-- Anything but 200 or 303 is counted as an error and reported by done().

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
   done_file = args[4]
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
   writes = 0
end

local form = { ["Content-Type"] = "application/x-www-form-urlencoded" }

function request()
   if n == 0 then
      t_first = now()
   end
   n = n + 1
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
   return wrk.format("POST", "/note", headers, "__csrf_value=" .. s.token .. "&note=load+" .. n)
end

function response(status, headers, body)
   answered = answered + 1
   if status ~= 200 and status ~= 303 then
      bad = bad + 1
      if #bad_codes < 200 then
         bad_codes = bad_codes .. status .. " "
      end
   end
   if answered == limit then
      t_last = now()
      if done_file then
         local fh = io.open(done_file, "w")
         if fh then fh:close() end
      end
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
