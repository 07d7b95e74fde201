"""Shared by the web tests (tests/web) and the farm tests (tests/farm).

--ext names the extension under test (default: target/release's build). A
SIGTERM or SIGHUP (from `timeout`, say) ends the run as Ctrl-C does, so the
fixtures still stop every server they started. The run closes with a plain
`LABEL: N passed, M failed` line (--count-label); a run that was interrupted
or collected no test counts as one failure there, matching its exit code."""

import signal
from pathlib import Path

import pytest

from common.app_server import DEFAULT_EXT

# pytest's exit codes: 0 all passed, 1 some failed, 5 none collected
_EXIT_TESTS_FAILED = 1
_EXIT_NO_TESTS = 5
_exit_status = pytest.StashKey[int]()


def pytest_addoption(parser):
    parser.addoption("--ext", default=str(DEFAULT_EXT), help="path of libaura_session.so")
    parser.addoption("--count-label", default="tests",
                     help="the word before the closing `N passed, M failed` line")


def _interrupt(signum, frame):
    raise KeyboardInterrupt("signal %d" % signum)


def pytest_configure(config):
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _interrupt)


@pytest.fixture(scope="session")
def ext(request):
    path = Path(request.config.getoption("--ext")).resolve()
    if not path.is_file():
        raise RuntimeError("extension not found: %s (build it with `cargo build --release`)" % path)
    return str(path)


def pytest_sessionfinish(session, exitstatus):
    session.config.stash[_exit_status] = int(exitstatus)


def pytest_unconfigure(config):
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    status = config.stash.get(_exit_status, None)
    if reporter is None or status is None:
        return
    stats = reporter.stats
    passed = len(stats.get("passed", []))
    failed = len(stats.get("failed", [])) + len(stats.get("error", []))
    if status == _EXIT_NO_TESTS:
        reporter.write_line("no test ran")
    if status not in (0, _EXIT_TESTS_FAILED) and failed == 0:
        failed = 1
    line = "%s: %d passed, %d failed" % (config.getoption("--count-label"), passed, failed)
    skipped = len(stats.get("skipped", []))
    if skipped:
        line += ", %d skipped" % skipped
    reporter.write_line(line)
