#!/usr/bin/env python3
"""The native Redis save handler (session.save_handler=aura_redis) under
Apache's event MPM with the ZTS mod_php (tests/zts/apache.py): 2 processes
of 25 threads serving tests/lazylock/app, against a redis-server and a
3-master Redis Cluster on loopback (tests/farm/farm.py), one Apache per
site: "redis-lazy0", "redis-lazy1", "cluster-lazy0", "cluster-lazy1"
(aura_session.lazy_lock 0 or 1).

The handler keeps its connection and the state of the request it serves in
thread-locals. Here many threads of one process serve requests on the same
few sessions at once, one thread after another serving every session, so a
connection or a request's state that leaked into the next request (or into
another thread) shows up as a write missing or landing in another session.

For each site, CLIENTS concurrent clients (more than the 50 threads, so
every thread is busy) send:

- blind writes: WRITES requests spread over SESSIONS sessions, each setting
  a key of its own (op=add). Every write answered as a success must be in
  its session, read back through the app and straight from the store, and
  in no other session; with either lazy_lock every write must succeed.
- increments: INCREMENTS per session, interleaved, each reading n, working
  5 ms, writing n + 1 (op=increment). With lazy_lock=0 the lock serializes
  them: n is exactly INCREMENTS and every request succeeded. With
  lazy_lock=1 a request that found n changed throws ConcurrentModification:
  n + those conflicts is exactly INCREMENTS, n is the number of successes.
- flashes: a flash set once, then read by FLASH_READERS requests at once
  (op=get-flash), in FLASH_ROUNDS rounds: exactly one takes it, and every
  request succeeds (with lazy_lock=1 a start cycle that lost the race runs
  again on the fresh data).

Then no lock is left in the store, the Apache processes are the ones that
started (none crashed or was replaced), Apache stops gracefully (its
children join their threads, whose thread-locals are dropped then), PHP
logged nothing and Apache's error log has no error (nor a child that
exited on a signal, while serving or while stopping); on the
standalone Redis the handler opened at most one connection per Apache thread
for the whole site (the thread's connection is kept from request to
request).

Prints one row per site and scenario: requests, ok, conflicts, errors,
silent losses (answered as a success, not stored), misplaced (stored in
another session), seconds. Closes with `zts-redis: N passed, M failed`.

Usage: ZTS_PHP_PREFIX=<prefix> python3 tests/zts/redis_load.py --ext PATH
       [--clients 64] [--writes 2000] [--sessions 8] [--increments 60]
       [--sites redis-lazy0,cluster-lazy1]
"""

import argparse
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent), str(HERE.parent / "redisstore")]
from apache import PROCESSES, THREADS_PER_CHILD, ApacheZtsServer  # noqa: E402
from common.app_server import DEFAULT_EXT  # noqa: E402
from common.procs import exit_on_signals, read_text  # noqa: E402
from farm.farm import RedisCluster, RedisNode, wait_for  # noqa: E402
from lazylock.stack import APP, SESSION_NAME, request  # noqa: E402
from store import Store, data_has, outcome  # noqa: E402

SITES = ["redis-lazy0", "redis-lazy1", "cluster-lazy0", "cluster-lazy1"]
WORKERS = PROCESSES * THREADS_PER_CHILD
INCREMENT_WORK_MS = 5
FLASH_READERS = 16
FLASH_ROUNDS = 5
# Lines of Apache's error log that fail the run: its own errors, and what
# PHP writes there (start-up problems, a child that died on a signal).
APACHE_ERROR = re.compile(r"\[[a-z_0-9]*:(error|crit|alert|emerg)\]|exit signal|PHP (Fatal|Warning|Notice|Deprecated"
                          r"|Parse|Startup|Recoverable)")
# ... except the event MPM's notes that every thread was busy (AH00484:
# MaxRequestWorkers reached; AH10159: within MinSpareThreads of it), which
# it logs at level error: more clients than threads is what the run is for.
ALL_THREADS_BUSY = re.compile(r"AH00484|AH10159")
HEAD = ("scenario", "site", "requests", "ok", "conflicts", "errors", "silent losses", "misplaced", "seconds", "note")


def site_ini(site, redis, cluster):
    store, mode = site.split("-")
    if store == "redis":
        path = "redis://127.0.0.1:%d" % redis.port
    else:
        path = ",".join("redis://127.0.0.1:%d" % port for port in cluster.ports)
    return {
        "session.name": SESSION_NAME,
        "session.lazy_write": "1",
        "session.save_handler": "aura_redis",
        "session.save_path": path,
        "aura_session.redis_cluster": "1" if store == "cluster" else "0",
        "aura_session.lazy_lock": "1" if mode == "lazy1" else "0",
    }


def connections_received(node):
    """How many connections the Redis node accepted since it started."""
    info = node.call("INFO", "stats").decode()
    return int(re.search(r"^total_connections_received:(\d+)", info, re.M).group(1))


def send_all(url, calls, clients, timeout):
    """Runs the (op, session id, params) requests through `clients` threads;
    returns their Answers in order and the seconds taken."""
    began = time.monotonic()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        futures = [pool.submit(request, url, op, sid, timeout, **params) for op, sid, params in calls]
        answers = [f.result() for f in futures]
    return answers, time.monotonic() - began


def new_session(url):
    answer = request(url, "start")
    if not answer.ok:
        raise RuntimeError("op=start failed: %r" % answer)
    return answer.json["id"]


def segment_of(url, sid):
    """The session's segment as the app reads it."""
    answer = request(url, "dump", sid)
    if not (answer.ok and answer.json.get("id") == sid):
        raise RuntimeError("op=dump of %s failed: %r" % (sid, answer))
    return answer.json["segment"] or {}


def error_kinds(answers):
    """The failures seen, by exception class or HTTP status."""
    kinds = {}
    for a in answers:
        if not a.ok and not (a.json and a.json.get("conflict")):
            name = (a.json or {}).get("error") or ("HTTP %d" % a.status if a.status else "no answer")
            kinds[name] = kinds.get(name, 0) + 1
    return ", ".join("%d x %s" % (n, name.rsplit("\\", 1)[-1]) for name, n in sorted(kinds.items()))


class Run:
    def __init__(self):
        self.rows = []
        self.failures = []
        self.passed = 0

    def check(self, what, ok, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failures.append(what)
            print("FAIL %s%s" % (what, ": " + detail if detail else ""), flush=True)

    def row(self, scenario, site, counts, seconds, note=""):
        cells = (scenario, site, counts["requests"], counts["ok"], counts["conflict"], counts["error"],
                 counts["silent"], counts["misplaced"], "%.2f" % seconds, note)
        self.rows.append(tuple(str(c) for c in cells))
        print("zts-redis: " + " | ".join(self.rows[-1]), flush=True)


def blind_writes(run, site, url, store, args):
    sessions = [new_session(url) for _ in range(args.sessions)]
    calls = [("add", sessions[j % len(sessions)], {"i": "w%d" % j}) for j in range(args.writes)]
    random.shuffle(calls)
    answers, seconds = send_all(url, calls, args.clients, args.request_timeout)
    segments = {sid: segment_of(url, sid) for sid in sessions}
    counts = {"requests": len(calls), "ok": 0, "conflict": 0, "error": 0, "silent": 0, "misplaced": 0}
    for (_, sid, params), answer in zip(calls, answers):
        key = "k" + params["i"]
        result = outcome(answer, key in segments[sid], sid)
        counts[result] += 1
        counts["misplaced"] += sum(1 for other in sessions if other != sid and key in segments[other])
    run.row("%d blind writes on %d sessions" % (len(calls), len(sessions)), site, counts, seconds,
            error_kinds(answers))
    run.check("%s: every blind write answered as a success" % site, counts["ok"] == len(calls),
              "%d of %d (%s)" % (counts["ok"], len(calls), error_kinds(answers)))
    run.check("%s: no blind write lost or misplaced" % site, counts["silent"] == 0 and counts["misplaced"] == 0,
              "%d silent losses, %d misplaced" % (counts["silent"], counts["misplaced"]))

    def check_store():
        """The store itself holds exactly the keys sent to each session
        (asked later: each look is a connection to Redis of the test's own,
        not to be counted as the handler's)."""
        wrong = []
        for sid in sessions:
            sent = sorted("k" + p["i"] for _, s, p in calls if s == sid)
            held = sorted(k for k in segments[sid] if k.startswith("k"))
            fields = store.session(sid)
            if held != sent or not all(data_has(fields, key) for key in sent):
                wrong.append(sid)
        run.check("%s: the store holds exactly the keys sent to each session" % site, not wrong,
                  "sessions %s" % wrong)
    return check_store


def increments(run, site, url, args):
    lazy = site.endswith("lazy1")
    sessions = [new_session(url) for _ in range(args.sessions)]
    calls = [("increment", sid, {"ms": INCREMENT_WORK_MS}) for sid in sessions for _ in range(args.increments)]
    random.shuffle(calls)
    answers, seconds = send_all(url, calls, args.clients, args.request_timeout)
    counts = {"requests": len(calls), "ok": 0, "conflict": 0, "error": 0, "silent": 0, "misplaced": 0}
    bad = []
    for sid in sessions:
        mine = [a for (_, s, _), a in zip(calls, answers) if s == sid]
        n = segment_of(url, sid).get("n")
        ok = sum(1 for a in mine if a.ok and a.json.get("id") == sid)
        conflicts = sum(1 for a in mine if a.json and a.json.get("conflict"))
        # which successes are missing cannot be told apart: n of them are not
        counts["ok"] += min(ok, n)
        counts["silent"] += max(ok - n, 0)
        counts["conflict"] += conflicts
        counts["error"] += len(mine) - ok - conflicts
        expected = (n + conflicts == args.increments and ok == n and n >= 1) if lazy else (
            n == args.increments and ok == args.increments)
        if not expected:
            bad.append("%s: n=%r, %d ok, %d conflicts" % (sid, n, ok, conflicts))
    ns = "n + conflicts = %d per session" % args.increments if lazy else "n = %d per session" % args.increments
    run.row("%d increments on each of %d sessions" % (args.increments, len(sessions)), site, counts, seconds,
            "; ".join(p for p in (ns if not bad else "%d sessions wrong" % len(bad), error_kinds(answers)) if p))
    run.check("%s: increments exact (%s), no error, no silent loss" % (site, ns),
              not bad and counts["error"] == 0 and counts["silent"] == 0, "; ".join(bad[:5]))


def flashes(run, site, url, args):
    """A flash set once, then read by parallel requests, in several rounds
    (one session each): exactly one request takes it, every one succeeds."""
    takers, answers, seconds = [], [], 0.0
    for _ in range(FLASH_ROUNDS):
        sid = new_session(url)
        set_flash = request(url, "set-flash", sid, args.request_timeout, v="hello")
        if not set_flash.ok:
            raise RuntimeError("op=set-flash failed: %r" % set_flash)
        round_answers, taken = send_all(url, [("get-flash", sid, {"ms": 20})] * FLASH_READERS, FLASH_READERS,
                                        args.request_timeout)
        seconds += taken
        answers += [(a, sid) for a in round_answers]
        takers.append(sum(1 for a in round_answers if a.ok and a.json.get("flash") == "hello"))
    counts = {"requests": len(answers), "ok": sum(1 for a, sid in answers if a.ok and a.json.get("id") == sid),
              "conflict": sum(1 for a, _ in answers if a.json and a.json.get("conflict")),
              "silent": sum(abs(t - 1) for t in takers), "misplaced": 0}
    counts["error"] = counts["requests"] - counts["ok"] - counts["conflict"]
    run.row("flash read by %d in parallel, %d rounds" % (FLASH_READERS, FLASH_ROUNDS), site, counts, seconds,
            "; ".join(p for p in ("taken %s time(s)" % "/".join(map(str, takers)),
                                  error_kinds([a for a, _ in answers])) if p))
    run.check("%s: each flash taken by exactly one of %d parallel readers, all answered" % (site, FLASH_READERS),
              takers == [1] * FLASH_ROUNDS and counts["ok"] == counts["requests"],
              "takers per round %r, %d of %d ok" % (takers, counts["ok"], counts["requests"]))


def serve_site(run, site, args, redis, cluster):
    node_store = Store(node=redis) if site.startswith("redis") else Store(cluster=cluster)
    before = connections_received(redis)
    with ApacheZtsServer(args.ext, ini=site_ini(site, redis, cluster), app=APP) as srv:
        # the parent listens before it forks its children
        children = wait_for("%d Apache children" % PROCESSES,
                            lambda: len(srv.children()) == PROCESSES and srv.children(), 10)
        print("zts-redis: %s: Apache event MPM, %d processes x %d threads, at %s"
              % (site, PROCESSES, THREADS_PER_CHILD, srv.base_url), flush=True)
        check_store = blind_writes(run, site, srv.base_url + "/", node_store, args)
        increments(run, site, srv.base_url + "/", args)
        flashes(run, site, srv.base_url + "/", args)
        made = connections_received(redis) - before - 1  # less this look itself
        check_store()
        run.check("%s: no lock left in the store" % site, not node_store.locks(), repr(node_store.locks()[:5]))
        after = srv.children()
        run.check("%s: the Apache processes are the ones that started (none crashed)" % site,
                  sorted(after) == sorted(children), "%s -> %s" % (sorted(children), sorted(after)))
        # A graceful stop: each child joins its threads, so their
        # thread-locals (the kept connection, the request state) are
        # dropped, and the parent logs a child that crashed doing so.
        os.kill(srv.apache.pid, signal.SIGWINCH)
        try:
            srv.apache.wait(60)
            stopped = True
        except subprocess.TimeoutExpired:
            stopped = False
        run.check("%s: Apache stopped gracefully" % site, stopped, "still running after 60 s")
        php_log = srv.php_errors().strip()
        lines = read_text(srv.tmp + "/apache-error.log").splitlines(True)
    busy = sum(1 for line in lines if ALL_THREADS_BUSY.search(line))
    apache_log = "".join(line for line in lines if APACHE_ERROR.search(line) and not ALL_THREADS_BUSY.search(line))
    run.check("%s: PHP logged nothing" % site, not php_log, php_log[:3000])
    run.check("%s: no error in Apache's error log" % site, not apache_log, apache_log[:3000])
    print("zts-redis: %s: Apache noted every thread busy %d time(s)" % (site, busy), flush=True)
    if site.startswith("redis"):
        run.check("%s: at most one Redis connection per Apache thread (%d threads)" % (site, WORKERS),
                  0 < made <= WORKERS, "%d connections" % made)
        print("zts-redis: %s: %d connections to Redis for the whole site" % (site, made), flush=True)


def render(rows):
    lines = [HEAD] + rows
    widths = [max(len(line[i]) for line in lines) for i in range(len(HEAD))]
    out = ["| " + " | ".join(c.ljust(w) for c, w in zip(line, widths)) + " |" for line in lines]
    out.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ext", default=str(DEFAULT_EXT))
    ap.add_argument("--clients", type=int, default=64)
    ap.add_argument("--writes", type=int, default=2000)
    ap.add_argument("--sessions", type=int, default=8)
    ap.add_argument("--increments", type=int, default=60, help="per session")
    ap.add_argument("--request-timeout", type=int, default=60, help="seconds one request may take")
    ap.add_argument("--sites", default=",".join(SITES))
    args = ap.parse_args()
    sites = [s for s in args.sites.split(",") if s]
    unknown = [s for s in sites if s not in SITES]
    if unknown:
        ap.error("unknown sites %s (known: %s)" % (unknown, SITES))
    exit_on_signals([signal.SIGTERM, signal.SIGHUP], "stopped by signal %d; stopping Apache and Redis")

    run = Run()
    tmp = tempfile.mkdtemp(prefix="aura-zts-redis-")
    redis = cluster = None
    try:
        try:
            redis = RedisNode(tmp, "redis").start()
            if any(s.startswith("cluster") for s in sites):
                cluster = RedisCluster(tmp).start()
        except (RuntimeError, OSError) as exc:
            run.check("the Redis servers started", False, "%s (scripts/setup-farm.sh installs Redis)" % exc)
            sites = []
        for site in sites:
            try:
                serve_site(run, site, args, redis, cluster)
            except (RuntimeError, OSError) as exc:
                run.check("%s: ran to the end" % site, False, "%s: %s" % (type(exc).__name__, exc))
    finally:
        if cluster:
            cluster.stop()
        if redis:
            redis.stop()
        shutil.rmtree(tmp, ignore_errors=True)

    if run.rows:
        print(render(run.rows))
    print("zts-redis: %d requests, %d ok, %d conflicts, %d errors, %d silent losses, %d misplaced" % tuple(
        sum(int(row[i]) for row in run.rows) for i in (2, 3, 4, 5, 6, 7)))
    print("zts-redis: %d passed, %d failed" % (run.passed, len(run.failures)))
    return 1 if run.failures else 0


if __name__ == "__main__":
    sys.exit(main())
