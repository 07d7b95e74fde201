#!/usr/bin/env python3
"""Load check of the two-node session farm (scripts/load.sh runs it).

Starts the farm of tests/farm/farm.py (standalone Redis with AOF, a 3-master
Redis Cluster, two app nodes, nginx + php-fpm) on 127.0.0.1 with one pool
per session store: the extension's aura_redis on the Redis and on the
Cluster, with lazy_lock 0 and 1, and phpredis with its locking on, off and
on the Cluster (rediscluster). For each store in turn it signs in a set of
sessions, then drives both nodes at once with wrk (one wrk per node, same
number of requests each) through tests/farm/load.lua: 40% cookieless reads,
40% signed-in reads, 20% signed-in writes (POST /counter, POST /entries).
Every POST /entries adds an entry of its own; afterwards each session is read
back from the store, and an entry that was answered with a success (303) and
is not there is a lost write.

Prints, per store, requests/s, p50/p90/p99 latency, lost writes, errors, and
the RSS of the php-fpm workers before (after a warm-up) and after the
measured requests; then one Markdown table of them all. Asserts no timing:
fails (exit 1) only when a run did not complete (requests missing, workers
crashed or replaced, a session not signed in afterwards) or a store's
worker RSS grew past the noise threshold (a leak).
"""

import argparse
import glob
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
from common.procs import exit_on_signals, find_binary, read_text  # noqa: E402
from farm import Farm, rss_kib  # noqa: E402

# profile -> (handler, mode), in the order of the table
PROFILES = {
    "aura-lazy0": ("aura_redis", "lazy_lock=0"),
    "aura-lazy1": ("aura_redis", "lazy_lock=1"),
    "auracluster-lazy0": ("aura_redis Cluster", "lazy_lock=0"),
    "auracluster-lazy1": ("aura_redis Cluster", "lazy_lock=1"),
    "locked": ("phpredis redis", "locking on"),
    "unlocked": ("phpredis redis", "locking off"),
    "cluster": ("phpredis rediscluster", "no locking"),
}
CHILDREN = 4            # per node and store; 2 cores here
CONNECTIONS = 8         # per node, one wrk thread each
SESSIONS = 32
SEGMENT = "AuraApp"
# examples/app keeps a session's last 1,000 entries: a session holding that
# many may have dropped some, and its lost writes cannot be counted
ENTRIES_KEPT = 1000
# RSS growth per worker (KiB, median over the workers) that still counts as
# noise: a worker's RSS moves by a few hundred KiB as pages are touched.
RSS_NOISE_KIB = 1024


def rss_snapshot(farm, profile):
    out = {}
    for n in farm.nodes:
        for pid in n.worker_pids(profile):
            out[pid] = rss_kib(pid)
    return out


def run_wrk(farm, profile, sessions_file, total, seconds, out_dir, tag):
    """Both nodes at once, total requests split evenly; returns the two
    summaries. The threads' write logs are left in out_dir; tag starts the
    names of the entries they add, so that each run's are its own."""
    wrk = find_binary("wrk")
    script = os.path.join(HERE, "load.lua")
    per_thread = total // len(farm.nodes) // CONNECTIONS
    os.makedirs(out_dir)
    procs = []
    for i, n in enumerate(farm.nodes):
        prefix = os.path.join(out_dir, "%s%d" % (tag, i))
        args = [wrk, "-t%d" % CONNECTIONS, "-c%d" % CONNECTIONS, "-d%ds" % seconds, "--timeout", "10s",
                "-s", script, n.url(profile), "--", sessions_file, str(per_thread), str(1000 * i + len(tag)),
                prefix]
        proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                start_new_session=True)
        procs.append((proc, prefix))
    # a wrk whose threads have all had their requests is ended with SIGINT,
    # which still prints the summary
    deadline = time.monotonic() + seconds + 30
    pending = list(procs)
    while pending and time.monotonic() < deadline:
        for item in list(pending):
            proc, prefix = item
            if proc.poll() is not None:
                pending.remove(item)
            elif len(glob.glob(prefix + ".*.done")) == CONNECTIONS:
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
    # wrk's "status" errors are the answers of 400 and up, which bad_answers
    # counts already
    errors = sum(r[k] for r in results for k in ("connect", "read", "write", "timeout"))
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


def stored_session(farm, profile, sid):
    """The session as its store holds it, decoded (a signed-in session is
    never missing: decode_session raises on None)."""
    if profile.startswith("aura"):
        key = "aura_sess:{%s}" % sid
        command = ("HGET", key, "d")
    else:
        key = ("PHPREDIS_CLUSTER_SESSION:" if profile == "cluster" else "PHPREDIS_SESSION:") + sid
        command = ("GET", key)
    node = farm.cluster.node_for_key(key) if "cluster" in profile else farm.redis
    return decode_session(node.call(*command))


def lost_writes(farm, profile, out_dir):
    """(writes answered 303, of them missing from the store afterwards)."""
    acknowledged = []
    for path in glob.glob(os.path.join(out_dir, "*.writes")):
        with open(path) as fh:
            for line in fh:
                status, sid, entry = line.split()
                if status == "303":
                    acknowledged.append((sid, entry))
    kept = {}
    for sid in {sid for sid, _ in acknowledged}:
        session = stored_session(farm, profile, sid)
        # a PHP list decodes as a dict of its positions
        kept[sid] = set((session.get(SEGMENT, {}).get("entries") or {}).values())
        if len(kept[sid]) >= ENTRIES_KEPT:
            raise RuntimeError("a session holds %d entries: too many requests to count lost writes" % ENTRIES_KEPT)
    return len(acknowledged), sum(1 for sid, entry in acknowledged if entry not in kept[sid])


def php_log_since(farm, offsets):
    """What PHP logged on the nodes since offsets (the logs' lengths then)."""
    return "".join(read_text(n.php_error_log)[offsets.get(n.name, 0):] for n in farm.nodes)


def log_lengths(farm):
    return {n.name: len(read_text(n.php_error_log)) for n in farm.nodes}


def summarize_log(text):
    """Each distinct message PHP logged (dates, ids and numbers left out), with its count."""
    counts = {}
    for line in text.splitlines():
        line = re.sub(r"^\[[^]]*\] ", "", line)
        if not line.startswith("PHP "):
            continue
        key = re.sub(r"\d+", "N", re.sub(r"[0-9a-v]{26,}", "ID", line))[:200]
        counts[key] = counts.get(key, 0) + 1
    return sorted(counts.items(), key=lambda item: -item[1])


def measure(farm, profile, args, failures):
    tmp = os.path.join(farm.tmp, "load-" + profile)
    os.mkdir(tmp)
    sessions = []
    for i in range(SESSIONS):
        c, page = login(farm.nodes[i % 2].url(profile))
        sessions.append((c.sid, page.token()))
    sessions_file = os.path.join(tmp, "sessions.txt")
    with open(sessions_file, "w") as fh:
        fh.writelines("%s %s\n" % s for s in sessions)

    fresh = rss_snapshot(farm, profile)
    warm = combine(run_wrk(farm, profile, sessions_file, args.warmup, 60, os.path.join(tmp, "warmup"), "w"))
    before = rss_snapshot(farm, profile)
    logged = log_lengths(farm)
    print("load: %s: warm-up %d requests, %d errors" % (profile, warm["requests"], warm["errors"]), flush=True)

    started = time.monotonic()
    measured_dir = os.path.join(tmp, "measured")
    res = combine(run_wrk(farm, profile, sessions_file, args.requests, args.seconds, measured_dir, "m"))
    wall = time.monotonic() - started
    after = rss_snapshot(farm, profile)
    res["writes"], res["lost"] = lost_writes(farm, profile, measured_dir)
    res["php_log"] = summarize_log(php_log_since(farm, logged))

    # every session is still signed in and readable on both nodes
    for i, (sid, _) in enumerate(sessions):
        page = Client(farm.nodes[i % 2].url(profile), sid).get("/account")
        if page.status != 200 or page.user() != "demo":
            failures.append("%s: session %d not signed in after the load: %r" % (profile, i, page))
            break
    if res["requests"] < args.requests:
        failures.append("%s: only %d of %d requests in %ds" % (profile, res["requests"], args.requests,
                                                               args.seconds))
    same = sorted(set(before) & set(after))
    if len(same) != len(before):
        failures.append("%s: workers were replaced during the run (before %s, after %s)"
                        % (profile, sorted(before), sorted(after)))
    deltas = sorted(after[p] - before[p] for p in same)
    median_delta = deltas[len(deltas) // 2] if deltas else 0
    if median_delta > RSS_NOISE_KIB:
        failures.append("%s: worker RSS grew by %d KiB (median) over %d requests"
                        % (profile, median_delta, res["requests"]))

    def mib(snapshot, pids):
        return sum(snapshot[p] for p in pids) / 1024

    print("load: %s: %d requests in %.1fs (wall %.1fs): %d requests/s" % (
        profile, res["requests"], res["seconds"], wall, res["rps"]))
    print("load: %s: latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.1f ms" % (
        profile, res["p50_ms"], res["p90_ms"], res["p99_ms"], res["max_ms"]))
    print("load: %s: %d writes answered 303, %d of them lost; errors %d %s" % (
        profile, res["writes"], res["lost"], res["errors"], ("(" + res["bad_codes"][:100] + ")") if res["errors"] else ""))
    for message, count in res["php_log"][:5]:
        print("load: %s: PHP logged %d x %s" % (profile, count, message))
    print("load: %s: php-fpm workers (%d): RSS fresh %.1f MiB, after warm-up %.1f MiB, after the run %.1f MiB"
          % (profile, len(same), mib(fresh, [p for p in same if p in fresh]), mib(before, same), mib(after, same)))
    print("load: %s: RSS growth per worker: %s KiB (noise threshold %d KiB)" % (profile, deltas, RSS_NOISE_KIB),
          flush=True)
    res.update({
        "workers": len(same),
        "rss_fresh_kib": sum(fresh.get(p, 0) for p in same),
        "rss_before_kib": sum(before[p] for p in same),
        "rss_after_kib": sum(after[p] for p in same),
        "rss_growth_per_worker_kib": deltas,
    })
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ext", default=str(DEFAULT_EXT))
    ap.add_argument("--requests", type=int, default=40_000, help="measured requests per store")
    ap.add_argument("--warmup", type=int, default=2_000)
    ap.add_argument("--seconds", type=int, default=150, help="upper bound for each measured run")
    ap.add_argument("--profiles", default=",".join(PROFILES), help="the stores to load, comma-separated")
    ap.add_argument("--json", help="write the numbers to this file")
    args = ap.parse_args()
    profiles = args.profiles.split(",")

    exit_on_signals([signal.SIGTERM, signal.SIGHUP, signal.SIGINT])

    failures = []
    report = {}
    with Farm(args.ext, cluster=any("cluster" in p for p in profiles), children=CHILDREN,
              profiles=profiles) as farm:
        print("load: farm up: redis :%d%s, two nodes with %d fpm workers per store, %d wrk connections each"
              % (farm.redis.port, ", cluster :%s" % ",".join(map(str, farm.cluster.ports)) if farm.cluster else "",
                 CHILDREN, CONNECTIONS), flush=True)
        for profile in profiles:
            report[profile] = measure(farm, profile, args, failures)
        crashed = [n.name for n in farm.nodes if "exited on signal" in n.fpm_messages()]
    if crashed:
        failures.append("workers crashed on %s" % crashed)

    print("\n%d requests per store after a %d-request warm-up, two nodes at once:\n" % (args.requests, args.warmup))
    print("| handler | mode | requests/s | p50 ms | p99 ms | writes answered 303 | lost writes | errors |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for profile in profiles:
        res = report[profile]
        print("| %s | %s | %d | %.2f | %.2f | %d | %d | %d |" % (
            PROFILES[profile] + (res["rps"], res["p50_ms"], res["p99_ms"], res["writes"], res["lost"],
                                 res["errors"])))
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(report, fh, indent=2)
    for f in failures:
        print("load: FAIL %s" % f)
    print("load: %s" % ("ok" if not failures else "FAILED"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
