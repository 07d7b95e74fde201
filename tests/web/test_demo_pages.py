"""The walkthrough's pages (examples/demo) in headless Debian Chromium, as a
visitor of `make demo` sees them: the walkthrough served as scripts/demo.sh
serves it (php -S with workers) beside the example app on another port, so
another origin.

What is asserted is what the pages show, read from their markup: the
parallel-request timeline's order (with lazy_lock=0 no two requests hold the
session at once; with 1 some do, and all eight writes are kept), the
conflicting write caught and retried, masked tokens that differ on every
render and are all accepted while the raw token never reaches a page, the
other origin's form refused with its reason, an id rotated and then an idle
session ended, and the settings check. Orderings, never durations, so a slow
machine makes them slower, not false.

Each page's screenshot goes to tests/web/artifacts/demo/, or to the folder
DEMO_SCREENSHOTS names (`make demo-screenshots` writes docs/demo/)."""

import os
import re
import subprocess
import time
from pathlib import Path

import pytest

from browser import ARTIFACTS, serve_pages
from common.app_http import decode_session, unmask
from servers import BuiltinServer, WalkthroughServer
from test_http import Client

SHOTS = Path(os.environ.get("DEMO_SCREENSHOTS") or ARTIFACTS / "demo")


# ---- fixtures -------------------------------------------------------------------

@pytest.fixture(scope="module")
def app(ext):
    with BuiltinServer(ext) as server:
        yield server


@pytest.fixture(scope="module")
def demo(ext, app):
    with WalkthroughServer(ext, app.base_url) as server:
        yield server


@pytest.fixture
def page(context):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = context.new_page()
    try:
        yield page
    finally:
        page.close()


def shot(page, name, selector=None):
    """The page (or one element of it) as docs/demo would show it."""
    target = page.locator(selector) if selector else page
    kwargs = {} if selector else {"full_page": True}
    target.screenshot(path=str(SHOTS / ("%s.png" % name)), **kwargs)


def raw_token(context, demo):
    """The session's raw CSRF token, read from the stored session itself."""
    sid = next(c["value"] for c in context.cookies() if c["name"] == "AURA_DEMO")
    with open(os.path.join(demo.session_dir, "sess_" + sid), "rb") as fh:
        return decode_session(fh.read())["Aura\\Session\\CsrfToken"]["value"]


def intervals(page, lazy):
    """(start, end) in ms of each request's hold on the session, from the timeline."""
    page.get_by_role("button", name="Run with lazy_lock=%s" % lazy).click()
    sel = "#run-lazy-%s" % lazy
    page.wait_for_selector("%s[data-state=done], %s[data-state=failed]" % (sel, sel), timeout=30_000)
    run = page.locator(sel)
    assert run.get_attribute("data-state") == "done", run.inner_text()
    rows = run.locator(".row")
    spans = [(int(rows.nth(i).get_attribute("data-start")), int(rows.nth(i).get_attribute("data-end")))
             for i in range(rows.count())]
    kept = int(run.locator("[data-kept]").get_attribute("data-kept"))
    return sorted(spans), kept


def overlapping_pairs(spans):
    return [(a, b) for i, a in enumerate(spans) for b in spans[i + 1:] if b[0] < a[1] and a[0] < b[1]]


# ---- the pages --------------------------------------------------------------------

def test_walkthrough_renders_masked_tokens_and_never_the_raw_one(page, context, demo):
    context.clear_cookies()
    page.goto(demo.base_url + "/")
    page.reload()  # the first visit created the token; this render prints it in every form
    html = page.content()
    token = raw_token(context, demo)
    assert token not in html, "the raw CSRF token is in the page"
    assert "(128 characters, not shown)" in page.locator("pre").inner_text()
    hidden = page.locator('input[name="__csrf_value"]').evaluate_all("els => els.map(e => e.value)")
    real = [v for v in hidden if v != "0" * 128]
    assert len(real) == 4 and len(set(real)) == 4, "the forms' tokens are not each masked afresh: %r" % real
    assert all(unmask(v) == token for v in real), "a form's value does not encode the session's token"


def test_walkthrough_post_names_what_the_origin_check_read(page, demo):
    page.goto(demo.base_url + "/")
    page.get_by_role("button", name="Send with the right token").click()
    page.wait_for_url(demo.base_url + "/")
    flash = page.locator("#flash").inner_text()
    assert "isSameOrigin()" in flash and "Sec-Fetch-Site: same-origin" in flash, flash
    shot(page, "walkthrough")
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.get_by_role("button", name="Send with a forged token").click()
    assert posted.value.status == 403
    refused = page.locator("#refused").inner_text()
    assert "isValid() said no" in refused and "isSameOrigin()" not in refused, refused
    shot(page, "walkthrough-refused")


CROSS_ORIGIN_FORM = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Another origin</title></head>
<body><form id="f" method="post" action="%s/">
  <input type="hidden" name="__csrf_value" value="%s"><input type="hidden" name="action" value="csrf">
</form><script>document.getElementById('f').submit();</script></body></html>
"""


def test_walkthrough_refuses_a_valid_token_posted_from_another_origin(page, demo):
    page.goto(demo.base_url + "/")
    token = page.locator('input[name="__csrf_value"]').first.input_value()
    with serve_pages(lambda path: CROSS_ORIGIN_FORM % (demo.base_url, token)) as other:
        with page.expect_response(lambda r: r.url == demo.base_url + "/" and r.request.method == "POST") as posted:
            page.goto(other + "/")
        assert posted.value.status == 403, posted.value.status
        refused = page.locator("#refused").inner_text()
        assert "isSameOrigin() said no" in refused and "isValid()" not in refused, refused
        assert "Sec-Fetch-Site: same-site, Origin: %s" % other in page.locator("body").inner_text()


def test_parallel_requests_queue_with_lazy_lock_0_and_overlap_with_1(page, demo):
    page.goto(demo.base_url + "/parallel.php")
    assert page.locator("#serial-server").count() == 0, "the server runs without workers"
    queued, kept0 = intervals(page, "0")
    overlapped, kept1 = intervals(page, "1")
    assert len(queued) == 8 and len(overlapped) == 8
    assert overlapping_pairs(queued) == [], "lazy_lock=0: requests held the session together: %r" % queued
    assert overlapping_pairs(overlapped), "lazy_lock=1: no two requests overlapped: %r" % overlapped
    assert (kept0, kept1) == (8, 8), "writes kept: %d and %d of 8" % (kept0, kept1)
    shot(page, "parallel")


def test_a_conflicting_increment_is_caught_retried_and_kept(page, demo):
    page.goto(demo.base_url + "/conflict.php")
    page.get_by_role("button", name="Send A and B with lazy_lock=1").click()
    page.wait_for_selector("#outcome[data-state=done], #outcome[data-state=failed]", timeout=30_000)
    outcome = page.locator("#outcome")
    assert outcome.get_attribute("data-state") == "done", outcome.inner_text()
    conflicts = {box.get_attribute("data-who"): int(box.get_attribute("data-conflicts"))
                 for box in outcome.locator(".request").all()}
    # A reads, works longer, and writes after B changed the counter.
    assert conflicts == {"A": 1, "B": 0}, conflicts
    assert "ConcurrentModification" in outcome.locator(".request[data-who=A] pre").inner_text()
    verdict = page.locator("#verdict")
    before, after = int(verdict.get_attribute("data-before")), int(verdict.get_attribute("data-after"))
    assert after == before + 2, "counter %d -> %d" % (before, after)
    shot(page, "conflict")
    page.reload()
    assert int(page.locator("#counter").inner_text()) == after


def test_masked_tokens_change_on_every_render_and_each_is_accepted(page, context, demo):
    page.goto(demo.base_url + "/tokens.php")
    values = lambda: page.locator('#renders input[name="__csrf_value"]').evaluate_all("els => els.map(e => e.value)")
    first = values()
    page.get_by_role("button", name="Render again").click()
    page.wait_for_load_state()
    second = values()
    assert len(set(first + second)) == 6, "a masked value repeated: %r" % (first + second)
    assert raw_token(context, demo) not in page.content()
    # A value from the earlier render, sent from this one's form, still validates.
    page.locator('#renders input[name="__csrf_value"]').nth(1).evaluate("(e, v) => { e.value = v; }", first[0])
    page.get_by_role("button", name="Send render 2").click()
    page.wait_for_url(demo.base_url + "/tokens.php")
    accepted = page.locator("#accepted").inner_text()
    assert first[0] in accepted and "Sec-Fetch-Site: same-origin" in accepted, accepted
    shot(page, "tokens")
    page.get_by_role("button", name="Send render 1 with one character changed").click()
    assert "isValid() said no" in page.locator("#refused").inner_text()


def test_a_form_from_the_walkthrough_origin_is_refused_by_the_app(page, demo, app):
    page.goto(demo.base_url + "/tokens.php")
    with page.expect_response(lambda r: r.url == app.base_url + "/note") as posted:
        page.get_by_role("button", name="Post to the example app from this origin").click()
    resp = posted.value
    assert resp.request.header_value("origin") == demo.base_url
    assert resp.status == 403, resp.status
    text = page.locator("main").inner_text()
    assert "sent by another site" in text, text
    assert "Sec-Fetch-Site: same-site, Origin: %s" % demo.base_url in text, text
    shot(page, "cross-origin", "main")


def test_the_id_rotates_with_the_data_kept_then_the_idle_session_ends(page, demo):
    url = demo.base_url + "/lifetime.php?idle=3&rotate=4"
    page.goto(url)
    event = page.locator("#event")
    first = event.get_attribute("data-fingerprint")
    # Reloads a second apart keep it active (idle 3 s) until its id is older than 4 s.
    for _ in range(10):
        time.sleep(1)
        page.reload()
        if event.get_attribute("data-fingerprint") != first:
            break
    assert event.get_attribute("data-fingerprint") != first, "no rotation: %s" % event.inner_text()
    assert event.get_attribute("data-reason") == "", event.inner_text()
    assert "rotated: new id, data kept" in event.inner_text().lower()
    visits = int(event.get_attribute("data-visits"))
    assert visits > 2, "the visits started over at the rotation: %d" % visits
    rotated = event.get_attribute("data-fingerprint")

    time.sleep(4.5)  # more than 3 s without a request, with whole-second times
    page.reload()
    assert event.get_attribute("data-reason") == "idle", event.inner_text()
    assert event.get_attribute("data-fingerprint") not in (first, rotated)
    assert event.get_attribute("data-visits") == "1"
    log = page.locator("#log").inner_text()
    assert "rotated: new id, data kept" in log and "ended (idle)" in log, log
    shot(page, "lifetime")


def test_the_settings_check_lists_warnings_until_the_settings_are_fixed(page, demo):
    page.goto(demo.base_url + "/warnings.php")
    steps = page.locator("section.step")
    assert steps.count() == 3
    # The servers run on Debian's php.ini: strict mode off as PHP ships it,
    # but for PHP 8.6, which turns it on by default.
    php_version_id = int(subprocess.run(["php", "-r", "echo PHP_VERSION_ID;"], capture_output=True,
                                        text=True, check=True).stdout)
    first = steps.nth(0).inner_text()
    assert ("session.use_strict_mode=0" in first) == (php_version_id < 80600), first
    second = steps.nth(1).inner_text()
    assert "cookie_httponly" not in second and "cookie_samesite" not in second, second
    assert steps.nth(2).get_attribute("data-warnings") == "0", steps.nth(2).inner_text()
    shot(page, "warnings")


def test_the_forms_work_without_javascript(demo):
    """The walkthrough's and the tokens page's forms are plain HTML: post one
    as a client that runs no script, with what the page printed."""
    client = Client(demo.base_url)
    for path, form in (("/", {"action": "csrf"}), ("/tokens.php", {})):
        client.get(path)  # starts the session
        page = client.get(path)
        token = re.search(r'name="__csrf_value" value="([^"]+)"', page.body).group(1)
        resp = client.post(path, dict(form, __csrf_value=token))
        assert resp.status == 303, (path, resp.status, resp.body[:300])
        after = client.follow(resp)
        assert "Token accepted" in after.body or 'id="accepted"' in after.body, after.body[:500]
    assert "needs JavaScript" in client.get("/parallel.php").body


def test_php_logged_nothing(demo, app):
    log = (demo.php_errors() + app.php_errors()).strip()
    assert log == "", "PHP logged:\n" + log
