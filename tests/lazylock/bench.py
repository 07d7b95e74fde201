"""`make bench-concurrency`: one session, parallel requests, on nginx +
php-fpm (8 workers per pool), for each handler and locking mode of
stack.py: files, phpredis (`redis` with its locking on and off,
`rediscluster`) and the extension's aura_redis (a standalone Redis and a
Cluster), each with lazy_lock 0 and 1 where that applies. Prints three
Markdown tables:

1. wall time, p50/p99 per request, lost updates and ConcurrentModification
   exceptions, for
   - readers: 8 parallel read-only requests, 100 ms of work each;
   - readers + slow writer: the same beside one request that works 1 s
     after its first write (the readers' numbers);
   - increments: 50 concurrent get('n') + set('n', n + 1);
2. throughput on one session: 8 clients send WRITES requests in all, each
   request adding a key of its own (and, in the mixed run, three reads for
   each such write); requests/s, p50/p99, lost writes (answered as a
   success, missing from the session read back afterwards) and errors (any
   answer but a success);
3. Redis round trips per request over sequential requests: the commands
   each handler sent (MONITOR) and the connections it opened.
With AURA_REFERENCE_SRC set to the PHP library's src/, the library's rows
(php-fpm without the extension) come first in the first table."""

import argparse
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from common.app_server import DEFAULT_EXT  # noqa: E402
from farm.farm import Resp  # noqa: E402
from stack import Stack, call, new_session, parallel, request  # noqa: E402

SITES = ["files-lazy0", "files-lazy1", "redis-lazy0", "redis-lazy1", "redis-nolock", "rediscluster-lazy0",
         "aura-lazy0", "aura-lazy1", "auracluster-lazy0", "auracluster-lazy1"]
LIBRARY_SITES = ["files-library", "redis-library"]
# the sites of the round-trip table: each Redis handler once per locking mode
ROUND_TRIP_SITES = ["aura-lazy0", "aura-lazy1", "auracluster-lazy0", "redis-lazy0", "redis-nolock",
                    "rediscluster-lazy0"]
HANDLERS = {"files": "files", "redis": "phpredis redis", "rediscluster": "phpredis rediscluster",
            "aura": "aura_redis", "auracluster": "aura_redis Cluster"}
LABELS = {"lazy0": "lazy_lock=0", "lazy1": "lazy_lock=1", "nolock": "lazy_lock=0",
          "library": "PHP library"}
CLIENTS = 8
WRITES = 400
ROUND_TRIP_REQUESTS = 100


def describe(site):
    handler, mode = site.split("-")
    label = LABELS[mode]
    if handler == "redis":
        label += ", locking off" if mode == "nolock" else ", locking on"
    elif handler == "rediscluster":
        label += " (the handler has no locking)"
    return HANDLERS[handler], label


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def timed(calls, stagger=0.0):
    began = time.monotonic()
    results = parallel(calls, stagger)
    return time.monotonic() - began, results


def readers(url):
    sid = new_session(url)
    wall, results = timed([(url, "read", sid, {"ms": 100})] * 8)
    return wall, [r[1] for r in results], "", ""


def readers_beside_writer(url):
    sid = new_session(url)
    results = parallel([(url, "slow-write", sid, {"ms": 1000})] + [(url, "read", sid, {"ms": 100})] * 8,
                       stagger=0.02)
    # the readers' wall time, on the server's clock: from the first request's
    # start until the last reader ended
    first_start = min(answer["end"] - taken for answer, taken, _ in results)
    readers_done = max(answer["end"] for answer, _, _ in results[1:]) - first_start
    return readers_done, [taken for _, taken, _ in results[1:]], "", ""


def increments(url):
    sid = new_session(url)
    wall, results = timed([(url, "increment", sid, {"ms": 10})] * 50)
    conflicts = sum(1 for r in results if r[0].get("conflict"))
    n = call(url, "dump", sid)[0]["segment"]["n"]
    return wall, [r[1] for r in results], 50 - n - conflicts, conflicts


SCENARIOS = [("8 readers", readers), ("8 readers + slow writer", readers_beside_writer),
             ("50 increments", increments)]


def throughput(url, reads_per_write):
    """CLIENTS clients on one session until WRITES keys were added (with
    reads_per_write reads before each write); returns requests/s, the
    latencies, lost writes and errors. Every write names its own key, so the
    session read back afterwards tells exactly which answered writes it lost."""
    sid = new_session(url)
    per_client = WRITES // CLIENTS

    def client(c):
        answers = []
        for j in range(per_client):
            for _ in range(reads_per_write):
                answers.append((None, request(url, "read", sid)))
            key = c * per_client + j
            answers.append((key, request(url, "add", sid, i=key)))
        return answers

    began = time.monotonic()
    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        answers = [a for chunk in pool.map(client, range(CLIENTS)) for a in chunk]
    wall = time.monotonic() - began
    stored = call(url, "dump", sid)[0]["segment"]
    acknowledged = [key for key, answer in answers if key is not None and answer.ok]
    lost = sum(1 for key in acknowledged if "k%d" % key not in stored)
    errors = {}
    for _, answer in answers:
        if not answer.ok:
            kind = failure(answer)
            errors[kind] = errors.get(kind, 0) + 1
    return len(answers) / wall, [answer.seconds for _, answer in answers], lost, errors


def failure(answer):
    """What a failed answer says went wrong, in a few words."""
    if answer.json and answer.json.get("conflict"):
        return "ConcurrentModification"
    if answer.json and answer.json.get("error"):
        return "HTTP %d %s: %s" % (answer.status, answer.json["error"], answer.json.get("message", "")[:160])
    return "HTTP %d %s" % (answer.status, " ".join(answer.body.split())[:160])


class MonitorConnection(Resp):
    def next_line(self):
        """The next command MONITOR shows, as its line."""
        return self._reply()


class Monitor:
    """What a set of Redis servers were sent between start() and stop():
    MONITOR on each, which shows a command a client sent with the client's
    address and one a script ran with "lua" (INFO commandstats would count
    those too, although they cost no round trip), and the connections the
    servers accepted meanwhile (INFO stats)."""

    END = "bench-monitor-end"

    def __init__(self, ports):
        self.ports = ports

    def _connections(self):
        total = 0
        for port in self.ports:
            with Resp(port) as r:
                stats = r.call("INFO", "stats").decode()
            total += int(stats.split("total_connections_received:")[1].split()[0])
        return total

    def start(self):
        self.connections = self._connections()
        self.monitors = []
        for port in self.ports:
            monitor = MonitorConnection(port, timeout=10)
            if monitor.call("MONITOR") != "OK":
                raise RuntimeError("MONITOR refused on port %d" % port)
            self.monitors.append(monitor)

    def stop(self):
        """Returns ({command: calls} of the commands clients sent, new
        connections), leaving out this monitor's own."""
        commands = {}
        for port, monitor in zip(self.ports, self.monitors):
            # a marker through another connection: once MONITOR shows it,
            # everything sent before it has been shown too
            with Resp(port) as marker:
                marker.call("ECHO", self.END)
            while True:
                line = monitor.next_line()
                if self.END in line:
                    break
                source, _, args = line.partition("] ")
                if not source.endswith(" lua") and args:
                    name = args.split('"')[1].lower()
                    commands[name] = commands.get(name, 0) + 1
            monitor.close()
        # this monitor's own: the MONITOR, the marker and the INFO connections
        connections = self._connections() - self.connections - 3 * len(self.ports)
        return commands, connections


def round_trips(stack, site):
    """Per request, over ROUND_TRIP_REQUESTS sequential requests of each
    kind: the Redis commands the handler sent (each a round trip: neither
    handler pipelines a session's steps) and the connections it opened."""
    url = stack.urls[site]
    monitor = Monitor(stack.cluster.ports if "cluster" in site else [stack.redis.port])
    sid = new_session(url)
    # every worker has connected (aura_redis keeps its connection) and has
    # had each step's script loaded before anything is counted: parallel
    # requests reach every worker
    for _ in range(2):
        parallel([(url, "read", sid, {"ms": 20})] * stack.workers)
        parallel([(url, "add", sid, {"i": "warm"})] * stack.workers)
    rows = []
    # a new key each time: an unchanged session would only be renewed
    for kind, op in [("reads the session", "read"), ("adds a key", "add")]:
        monitor.start()
        for i in range(ROUND_TRIP_REQUESTS):
            request(url, op, sid, i=i)
        commands, connections = monitor.stop()
        total = sum(commands.values())
        detail = ", ".join("%s %.2f" % (name.upper(), calls / ROUND_TRIP_REQUESTS)
                           for name, calls in sorted(commands.items(), key=lambda item: -item[1]))
        rows.append((kind, total / ROUND_TRIP_REQUESTS, connections / ROUND_TRIP_REQUESTS, detail))
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ext", default=str(DEFAULT_EXT))
    args = parser.parse_args()
    library = os.environ.get("AURA_REFERENCE_SRC")
    sites = (LIBRARY_SITES if library else []) + SITES
    with Stack(args.ext, sites, library=library) as stack:
        print("| scenario | handler | mode | wall s | p50 s | p99 s | lost updates | exceptions |")
        print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |")
        for name, run in SCENARIOS:
            for site in sites:
                wall, times, lost, conflicts = run(stack.urls[site])
                print("| %s | %s | %s | %.2f | %.2f | %.2f | %s | %s |" % (
                    (name,) + describe(site) + (wall, percentile(times, 50), percentile(times, 99),
                                                lost, conflicts)), flush=True)

        print("\n%d clients on one session, %d writes, each adding its own key:\n" % (CLIENTS, WRITES))
        print("| requests | handler | mode | requests/s | p50 ms | p99 ms | lost writes | errors |")
        print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |")
        failures = []
        for name, reads_per_write in [("writes only", 0), ("3 reads : 1 write", 3)]:
            for site in SITES:
                rate, times, lost, errors = throughput(stack.urls[site], reads_per_write)
                print("| %s | %s | %s | %.0f | %.1f | %.1f | %d | %d |" % (
                    (name,) + describe(site) + (rate, 1000 * percentile(times, 50),
                                                1000 * percentile(times, 99), lost, sum(errors.values()))),
                      flush=True)
                failures += ["%s, %s, %s: %d x %s" % ((name,) + describe(site) + (n, kind))
                             for kind, n in errors.items()]
        if failures:
            print("\nThe errors:\n" + "\n".join("- " + line for line in failures))

        print("\nRedis round trips per request, %d sequential requests of each kind on one session:\n"
              % ROUND_TRIP_REQUESTS)
        print("| handler | mode | request | commands | new connections | commands by name, per request |")
        print("| --- | --- | --- | ---: | ---: | --- |")
        for site in ROUND_TRIP_SITES:
            for kind, commands, connections, detail in round_trips(stack, site):
                print("| %s | %s | %s | %.2f | %.2f | %s |" % (describe(site) + (kind, commands, connections, detail)),
                      flush=True)

        errors = stack.php_errors()
        if errors:
            print("\nPHP logged:\n" + errors[-2000:])


if __name__ == "__main__":
    main()
