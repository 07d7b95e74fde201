"""Fixtures of the web tests: `srv`, the example app under each server of
tests/web/servers.py in turn (the HTTP tests run once per server, every test
of one server before the next starts), `builtin_app`, one app under PHP's
built-in server for the browser tests, and `context`, headless Debian
Chromium (/usr/bin/chromium, or CHROMIUM_PATH) driven by Python's playwright,
which downloads no browser here. Each server is stopped when its tests are
done. `serve_pages()` serves pages from another origin (attack pages)."""

import os
import tempfile

import pytest

from browser import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS
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


@pytest.fixture(scope="module")
def context():
    """Chromium with a fresh profile, closed (and its profile removed) afterwards."""
    from playwright.sync_api import sync_playwright

    if not os.access(CHROMIUM, os.X_OK):
        raise RuntimeError("%s not found (run scripts/setup-web.sh)" % CHROMIUM)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "failure.png").unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="aura-web-chromium-") as profile, sync_playwright() as pw:
        ctx = pw.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 900, "height": 760}, timeout=60_000)
        ctx.set_default_timeout(15_000)
        try:
            yield ctx
        finally:
            ctx.close()
