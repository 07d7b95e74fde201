#!/usr/bin/env python3
"""Load check of the two-node session farm (scripts/load.sh runs it).

Starts the farm of tests/farm/farm.py (standalone Redis with AOF, two app
nodes, nginx + php-fpm, phpredis locking on) on 127.0.0.1, signs in a set of
sessions, then drives both nodes at once with wrk (one wrk per node, same
number of requests each) through tests/farm/load.lua: 40% cookieless reads,
40% signed-in reads, 20% signed-in writes (POST /counter, POST /note).
Prints requests/s, p50/p90/p99 latency, errors, and the RSS of the php-fpm
workers before (after a warm-up) and after the measured requests.

Fails (exit 1) on any error, on a session that does not come back intact
afterwards, or on worker RSS growth past the noise threshold.
"""

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import time

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]  # tests/farm, and tests/ for tests/common
from client import Client, login  # noqa: E402
from common.app_http import decode_session  # noqa: E402
from common.app_server import DEFAULT_EXT  # noqa: E402
from common.procs import exit_on_signals, find_binary  # noqa: E402
from farm import Farm, rss_kib  # noqa: E402

PROFILE = "locked"
CHILDREN = 4            # per node; 2 cores here
CONNECTIONS = 8         # per node
SESSIONS = 32
# RSS growth per worker (KiB, median over the workers) that still counts as
# noise: a worker's RSS moves by a few hundred KiB as pages are touched.
RSS_NOISE_KIB = 1024


def rss_snapshot(farm):
    out = {}
    for n in farm.nodes:
        for pid in n.worker_pids(PROFILE):
            out[pid] = rss_kib(pid)
    return out


def run_wrk(farm, sessions_file, total, seconds, tag):
    """Both nodes at once, total requests split evenly; returns the two summaries."""
    wrk = find_binary("wrk")
    script = os.path.join(HERE, "load.lua")
    per_node = total // len(farm.nodes)
    procs = []
    for i, n in enumerate(farm.nodes):
        done_file = os.path.join(farm.tmp, "wrk-%s-%d.done" % (tag, i))
        args = [wrk, "-t1", "-c%d" % CONNECTIONS, "-d%ds" % seconds, "--timeout", "10s", "-s", script,
                n.url(PROFILE), "--", sessions_file, str(per_node), str(1000 * i + len(tag)), done_file]
        proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                start_new_session=True)
        procs.append((proc, done_file))
    # a wrk whose thread has had its requests is ended with SIGINT, which still prints the summary
    deadline = time.monotonic() + seconds + 30
    pending = list(procs)
    while pending and time.monotonic() < deadline:
        for item in list(pending):
            proc, done_file = item
            if proc.poll() is not None:
                pending.remove(item)
            elif os.path.exists(done_file):
                proc.send_signal(signal.SIGINT)
                pending.remove(item)
        time.sleep(0.05)
    results = []
    for proc, _ in procs:
        try:
            out, _ = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, _ = proc.communicate()
        m = re.search(r"^LOADJSON (\{.*\})$", out, re.M)
        if not m:
            raise RuntimeError("wrk printed no summary (exit %s):\n%s" % (proc.returncode, out[-2000:]))
        results.append(json.loads(m.group(1)))
    return results


def combine(results):
    req = sum(r["requests"] for r in results)
    dur = max(r["seconds"] or r["duration_us"] / 1e6 for r in results)
    errors = sum(r[k] for r in results for k in ("connect", "read", "write", "status", "timeout"))
    return {
        "requests": req,
        "seconds": round(dur, 2),
        "rps": round(req / dur) if dur else 0,
        # the two wrk processes had the same mix and load; report the worse node
        "p50_ms": round(max(r["p50_us"] for r in results) / 1000, 2),
        "p90_ms": round(max(r["p90_us"] for r in results) / 1000, 2),
        "p99_ms": round(max(r["p99_us"] for r in results) / 1000, 2),
        "max_ms": round(max(r["max_us"] for r in results) / 1000, 2),
        "errors": errors + sum(r["bad_answers"] for r in results),
        "bad_codes": " ".join(r["bad_codes"] for r in results).strip(),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ext", default=str(DEFAULT_EXT))
    ap.add_argument("--requests", type=int, default=100_000)
    ap.add_argument("--warmup", type=int, default=4_000)
    ap.add_argument("--seconds", type=int, default=150, help="upper bound for the measured run")
    ap.add_argument("--json", help="write the numbers to this file")
    args = ap.parse_args()

    exit_on_signals([signal.SIGTERM, signal.SIGHUP, signal.SIGINT])

    failures = []
    report = {}
    with Farm(args.ext, cluster=False, children=CHILDREN, profiles=[PROFILE]) as farm:
        print("load: farm up: redis :%d, node A :%d, node B :%d (%d fpm workers each, phpredis locking on)"
              % (farm.redis.port, farm.a.ports[PROFILE], farm.b.ports[PROFILE], CHILDREN), flush=True)
        sessions = []
        for i in range(SESSIONS):
            c, page = login(farm.nodes[i % 2].url(PROFILE))
            sessions.append((c.sid, page.token()))
        sessions_file = os.path.join(farm.tmp, "sessions.txt")
        with open(sessions_file, "w") as fh:
            fh.writelines("%s %s\n" % s for s in sessions)

        fresh = rss_snapshot(farm)
        warm = combine(run_wrk(farm, sessions_file, args.warmup, 60, "warmup"))
        if warm["errors"]:
            failures.append("warm-up errors: %d (%s)" % (warm["errors"], warm["bad_codes"]))
        before = rss_snapshot(farm)
        print("load: warm-up %d requests, %d errors" % (warm["requests"], warm["errors"]), flush=True)

        started = time.monotonic()
        res = combine(run_wrk(farm, sessions_file, args.requests, args.seconds, "measured"))
        wall = time.monotonic() - started
        after = rss_snapshot(farm)

        # every session is still signed in, readable on both nodes, and decodes cleanly
        for i, (sid, _) in enumerate(sessions):
            page = Client(farm.nodes[i % 2].url(PROFILE), sid).get("/account")
            if page.status != 200 or page.user() != "demo":
                failures.append("session %d not signed in after the load: %r" % (i, page))
                break
            decode_session(farm.redis.call("GET", "PHPREDIS_SESSION:" + sid))
        errors_logged = farm.php_errors().strip()
        crashed = [n.name for n in farm.nodes if "exited on signal" in n.fpm_messages()]

    if res["requests"] < args.requests:
        failures.append("only %d of %d requests in %ds" % (res["requests"], args.requests, args.seconds))
    if res["errors"]:
        failures.append("%d errors (%s)" % (res["errors"], res["bad_codes"]))
    if errors_logged:
        failures.append("PHP logged:\n" + errors_logged[:2000])
    if crashed:
        failures.append("workers crashed on %s" % crashed)
    same = sorted(set(before) & set(after))
    if len(same) != len(before):
        failures.append("workers were replaced during the run (before %s, after %s)" % (sorted(before), sorted(after)))
    deltas = sorted(after[p] - before[p] for p in same)
    median_delta = deltas[len(deltas) // 2] if deltas else 0
    if median_delta > RSS_NOISE_KIB:
        failures.append("worker RSS grew by %d KiB (median) over %d requests" % (median_delta, res["requests"]))

    def mib(snapshot, pids):
        return sum(snapshot[p] for p in pids) / 1024

    print("load: %d requests in %.1fs (wall %.1fs): %d requests/s" % (res["requests"], res["seconds"], wall, res["rps"]))
    print("load: latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.1f ms" % (
        res["p50_ms"], res["p90_ms"], res["p99_ms"], res["max_ms"]))
    print("load: errors %d" % res["errors"])
    print("load: php-fpm workers (%d): RSS fresh %.1f MiB, after warm-up %.1f MiB, after the run %.1f MiB"
          % (len(same), mib(fresh, [p for p in same if p in fresh]), mib(before, same), mib(after, same)))
    print("load: RSS per worker, warm-up -> after: %s KiB (growth per worker: %s KiB; noise threshold %d KiB)"
          % (", ".join("%d->%d" % (before[p], after[p]) for p in same), deltas, RSS_NOISE_KIB))
    report.update(res)
    report.update({
        "workers": len(same),
        "rss_fresh_kib": sum(fresh.get(p, 0) for p in same),
        "rss_before_kib": sum(before[p] for p in same),
        "rss_after_kib": sum(after[p] for p in same),
        "rss_growth_per_worker_kib": deltas,
    })
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(report, fh, indent=2)
    for f in failures:
        print("load: FAIL %s" % f)
    print("load: %s" % ("ok" if not failures else "FAILED"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
