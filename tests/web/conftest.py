"""Fixtures of the web tests: `srv`, the example app under each server of
tests/web/servers.py in turn (the HTTP tests run once per server, every test
of one server before the next starts), and `builtin_app`, one app under PHP's
built-in server for the browser tests. Each server is stopped when its tests
are done."""

import pytest

from servers import SERVERS, BuiltinServer


@pytest.fixture(scope="module", params=sorted(SERVERS))
def srv(request, ext):
    with SERVERS[request.param](ext) as server:
        yield server


@pytest.fixture(scope="module")
def builtin_app(ext):
    with BuiltinServer(ext) as server:
        yield server


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Keeps each phase's report on the test (rep_setup, rep_call), for the
    browser steps' fixture that stops the visit after a failed step."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, "rep_" + report.when, report)
