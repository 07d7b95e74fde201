"""Fixtures of the fault-injection tests: the environment a case runs in
(php, the extension, a scratch directory, the PHP library's source when
AURA_REFERENCE_SRC names it, a Redis server of our own when redis-server
and phpredis are installed), and the tally the run closes with."""

import json
import os
import shutil
import subprocess
import tempfile

import pytest

from fault.driver import Env


class Tally:
    def __init__(self):
        self.groups = 0
        self.cases = 0
        self.library_runs = 0
        self.checks = 0
        self.violations = []     # dicts, also written to FAULT_REPORT
        self.excused = []        # failures plain PHP shows too, reported apart
        self.notes = []
        self.valgrind_cases = 0
        self.valgrind_failed = 0
        self.valgrind_excluded = {}

    def line(self):
        return "fault: %d cases (%d library runs), %d invariant checks, %d violations, %d excused" % (
            self.cases, self.library_runs, self.checks, len(self.violations), len(self.excused))


_tally = Tally()


@pytest.fixture(scope="session")
def tally():
    return _tally


def _redis_usable(php):
    if not shutil.which("redis-server"):
        return "redis-server is not installed"
    probe = subprocess.run(["php", "-n", "-d", "extension=igbinary", "-d", "extension=redis", "-r",
                            'exit(class_exists("Redis") ? 0 : 1);'], capture_output=True)
    if probe.returncode != 0:
        return "phpredis is not installed (scripts/setup-farm.sh installs it)"
    return None


@pytest.fixture(scope="session")
def fault_env(ext, tally):
    # php-cgi: it prints the response's headers, so the session cookie the
    # client keeps is seen, and it runs one request per process.
    php = shutil.which("php-cgi")
    if not php:
        raise RuntimeError("php-cgi is missing (scripts/setup.sh php-cgi installs it)")
    tmp = tempfile.mkdtemp(prefix="aura-fault-")
    lib = os.environ.get("AURA_REFERENCE_SRC") or None
    if lib and not os.path.isfile(os.path.join(lib, "Session.php")):
        raise RuntimeError("AURA_REFERENCE_SRC=%s has no Session.php" % lib)
    if not lib:
        tally.notes.append("AURA_REFERENCE_SRC is not set: the lazy_lock=0 cases are not compared "
                           "with the PHP library (only their mode-independent invariants are checked)")
    env = Env(php=php, ext=ext, tmp=tmp, lib_src=lib)
    node = None
    why = _redis_usable(php)
    if why is None:
        from farm.farm import RedisNode
        node = RedisNode(tmp, "redis").start()
        env.redis_port = node.port
    else:
        tally.notes.append("Redis cases skipped: " + why)
    try:
        yield env
    finally:
        if node is not None:
            node.stop()
        shutil.rmtree(tmp, ignore_errors=True)


def pytest_unconfigure(config):
    # After pytest's own summary, just above the closing count line that
    # tests/conftest.py prints (pluggy calls this conftest's hook first).
    terminalreporter = config.pluginmanager.get_plugin("terminalreporter")
    if terminalreporter is None:
        return
    t = _tally
    for note in t.notes:
        terminalreporter.write_line("fault: note: " + note)
    if t.cases:
        by_check = {}
        for v in t.violations:
            by_check[v["check"]] = by_check.get(v["check"], 0) + 1
        for check, n in sorted(by_check.items()):
            terminalreporter.write_line("fault: %5d violations of %s" % (n, check))
        by_why = {}
        for v in t.excused:
            by_why[v["why"]] = by_why.get(v["why"], 0) + 1
        for why, n in sorted(by_why.items()):
            terminalreporter.write_line("fault: %5d excused: %s" % (n, why))
        terminalreporter.write_line(t.line())
    if t.valgrind_cases:
        terminalreporter.write_line("fault: valgrind: %d cases, %d with memory errors or leaks of ours%s" % (
            t.valgrind_cases, t.valgrind_failed, "".join(
                "; %d records not counted (%s)" % (n, why) for why, n in sorted(t.valgrind_excluded.items()))))
    report = os.environ.get("FAULT_REPORT")
    if report:
        with open(report, "w") as fh:
            json.dump({"cases": t.cases, "library_runs": t.library_runs, "checks": t.checks,
                       "violations": t.violations, "excused": t.excused, "notes": t.notes}, fh, indent=1)
