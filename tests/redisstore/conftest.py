"""Fixtures of the native Redis store's tests (session.save_handler=aura_redis):
nginx + php-fpm (8 workers per pool, tests/lazylock/stack.py) serving
tests/lazylock/app, against a redis-server and a 3-master Redis Cluster on
loopback (tests/farm/farm.py).

- `stack`: aura_redis with lazy_lock 0 and 1 on the standalone Redis and on
  the Cluster, beside Debian's phpredis on the same servers (`redis` with
  its locking on and off, `rediscluster`) for the comparison rows.
- `fault_stack`: aura_redis with strict mode and a short lock
  (stack.AURA_OPTIONS["shortlock"]: a dead holder's lock expires after 2 s,
  a waiter gives up after 4 s), on a Redis that fsyncs every write, for the
  tests that kill workers, restart Redis, or hold the lock.
- `failover_stack`: the same on a Cluster of 3 masters with a replica each.
- `table`: the results table; each scenario adds rows (requests, ok,
  exceptions, silent losses, seconds), printed at the end of the run and
  written to redis-store-results.txt in pytest's temp dir (or to the file
  REDIS_STORE_RESULTS names).

A build of the extension without the aura_redis handler fails every test
that uses it (with that reason); the phpredis rows run regardless."""

import os
import re
import subprocess
import sys

import pytest

from common.procs import find_binary
from lazylock.stack import Stack
from store import AURA_SITES, FAILOVER_SITES, FAULT_SITES, PHPREDIS_SITES, Store


_rows = pytest.StashKey[list]()
_results_path = pytest.StashKey[str]()


def handler_available(ext):
    """Whether the extension registers the aura_redis save handler."""
    php = find_binary("php")
    out = subprocess.run([php, "-n", "-d", "extension=" + ext, "-i"],
                         capture_output=True, text=True, timeout=30).stdout
    line = next((l for l in out.splitlines() if l.startswith("Registered save handlers")), "")
    return "aura_redis" in line.split()


@pytest.fixture(scope="session")
def aura(ext):
    if not handler_available(ext):
        pytest.fail("%s has no aura_redis save handler (not built yet?)" % ext, pytrace=False)


def check_logs(running, allow_fatal=False):
    """No crash in any worker; no PHP fatal error unless the scenario makes
    them (an uncaught exception at the end of a request is one)."""
    crashes = [line for line in running.fpm_log().splitlines()
               if re.search(r"exited on signal (?!9 )", line)]
    assert not crashes, "\n".join(crashes)
    if not allow_fatal:
        errors = running.php_errors()
        assert "Fatal" not in errors, errors[-3000:]


@pytest.fixture(scope="session")
def stack(ext):
    sites = PHPREDIS_SITES + (AURA_SITES if handler_available(ext) else [])
    with Stack(ext, sites) as running:
        running.store = {"aura": Store(node=running.redis), "auracluster": Store(cluster=running.cluster)}
        yield running
        check_logs(running)


@pytest.fixture(scope="session")
def fault_stack(ext, aura):
    # appendfsync always: a Redis killed with SIGKILL keeps every write it acknowledged
    with Stack(ext, FAULT_SITES, redis_fsync="always") as running:
        running.store = Store(node=running.redis)
        yield running
        # a write refused at the end of a request is an uncaught exception there
        check_logs(running, allow_fatal=True)


@pytest.fixture(scope="session")
def failover_stack(ext, aura):
    with Stack(ext, FAILOVER_SITES, redis_fsync="always", cluster_replicas=1) as running:
        running.store = Store(cluster=running.cluster)
        yield running
        check_logs(running, allow_fatal=True)


@pytest.fixture(scope="session")
def table(request, tmp_path_factory):
    config = request.config
    config.stash[_results_path] = os.environ.get("REDIS_STORE_RESULTS") or str(
        tmp_path_factory.getbasetemp() / "redis-store-results.txt")
    return Table(config.stash.setdefault(_rows, []), config.stash[_results_path])


HEAD = ("scenario", "site", "requests", "ok", "exceptions", "silent losses", "seconds", "note")


class Table:
    def __init__(self, rows, path):
        self.rows = rows
        self.path = path

    def add(self, scenario, site, outcomes, seconds, note="", silent=None):
        """One row from the outcomes of a scenario's requests ("ok",
        "conflict", "error", "silent"); silent overrides the count of silent
        losses where the scenario counts them otherwise (a flash shown
        twice). Returns the counts."""
        counts = {kind: outcomes.count(kind) for kind in ("ok", "conflict", "error", "silent")}
        if silent is not None:
            counts["silent"] = silent
        row = (scenario, site, len(outcomes), counts["ok"], counts["conflict"] + counts["error"],
               counts["silent"], "%.2f" % seconds, note)
        self.rows.append(tuple(str(cell) for cell in row))
        write_table(self.rows, self.path)
        sys.stdout.write("\n[redis-store] %s\n" % " | ".join(self.rows[-1]))
        return counts


def render(rows):
    lines = [HEAD] + list(rows)
    widths = [max(len(line[i]) for line in lines) for i in range(len(HEAD))]
    out = ["| " + " | ".join(c.ljust(w) for c, w in zip(line, widths)) + " |" for line in lines]
    out.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return out


def write_table(rows, path):
    with open(path, "w") as fh:
        fh.write("\n".join(render(rows)) + "\n")


def pytest_terminal_summary(terminalreporter, config):
    rows = config.stash.get(_rows, None)
    if not rows:
        return
    terminalreporter.write_sep("-", "native Redis store (aura_redis) and phpredis over HTTP")
    for line in render(rows):
        terminalreporter.write_line(line)
    terminalreporter.write_line("(also in %s)" % config.stash[_results_path])
