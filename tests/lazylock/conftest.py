"""Fixtures of the lazy-lock tests: `stack`, nginx + php-fpm (8 workers per
pool) serving tests/lazylock/app with aura_session.lazy_lock=1 on the files
handler and on Redis (phpredis, its locking on), plus lazy_lock=0 on files
as the control and lazy_lock=1 sites with a session lifetime on; `site`, the
name of each plain lazy_lock=1 site in turn; `handler`, each handler in turn.

`fault_stack` is a second stack, with its own Redis, for the tests that make
the store fail, refuse writes or lose a worker (test_faults.py,
test_races.py): strict mode on, phpredis' lock short (stack.OPTIONS), a user
save handler without locking, the files handler wrapped in a user
SessionHandler, and phpredis with its locking off; Redis fsyncs every write. PHP warns
there by design (a refused write, a lost connection), so only crashes and
fatal errors fail it. `fault_table` collects the rows of the process-fault
table printed at the end of the run."""

import re

import pytest

from stack import Stack

SITES = ["files-lazy1", "redis-lazy1", "files-lazy0",
         "files-lazy1-idle", "redis-lazy1-idle", "files-lazy1-rotate", "redis-lazy1-rotate"]
FAULT_SITES = ["files-lazy1-strict", "redis-lazy1-strict-shortlock", "user-lazy1-strict",
               "wrapped-lazy1-strict", "redis-lazy1-unlocked"]

_fault_rows = pytest.StashKey[list]()


@pytest.fixture(scope="session")
def stack(ext):
    with Stack(ext, SITES) as running:
        yield running
        errors = running.php_errors()
        assert "Fatal" not in errors and "Warning" not in errors, errors


@pytest.fixture(params=["files-lazy1", "redis-lazy1"])
def site(request, stack):
    return request.param


@pytest.fixture(params=["files", "redis"])
def handler(request, stack):
    return request.param


@pytest.fixture(scope="session")
def fault_stack(ext):
    # appendfsync always: a Redis killed with SIGKILL keeps every write it acknowledged
    with Stack(ext, FAULT_SITES, redis_fsync="always") as running:
        yield running
        errors = running.php_errors()
        assert "Fatal" not in errors, errors
        # Workers the tests killed exit on SIGKILL; any other signal is a crash.
        crashes = [line for line in running.fpm_log().splitlines()
                   if re.search(r"exited on signal (?!9 )", line)]
        assert not crashes, "\n".join(crashes)


@pytest.fixture(scope="session")
def fault_table(request):
    rows = request.config.stash.setdefault(_fault_rows, [])
    return rows


def pytest_terminal_summary(terminalreporter, config):
    rows = config.stash.get(_fault_rows, None)
    if not rows:
        return
    head = ("scenario", "site", "requests", "committed", "surfaced failures",
            "silent losses", "max wait (s)", "note")
    lines = [head] + [tuple(str(cell) for cell in row) for row in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    terminalreporter.write_sep("-", "process faults over HTTP")
    for line in lines:
        terminalreporter.write_line("| " + " | ".join(c.ljust(w) for c, w in zip(line, widths)) + " |")
