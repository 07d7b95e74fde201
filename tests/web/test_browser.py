"""Browser tests of the example app (examples/app) in headless Debian Chromium
(/usr/bin/chromium, or CHROMIUM_PATH), driven by Python's playwright, which
downloads no browser here: it only drives the one given by executable_path.

One visit in steps, each a test that goes on from where the one before left
the page: the app runs under PHP's built-in server, beside a second "other
origin" server; the steps sign in, post forms, check that a flash shows once
and that a form auto-submitted from the other origin is rejected with 403.
A step after a failed one fails without running. Screenshots go to
tests/web/artifacts/ (failure.png after a failed step)."""

import os

import pytest

from browser import ARTIFACTS, attack_form, serve_pages

NOTE = "Remember the milk"


# ---- fixtures -------------------------------------------------------------------

@pytest.fixture(scope="module")
def app(builtin_app):
    return builtin_app.base_url


@pytest.fixture(scope="module")
def other_origin(app):
    """A page on another origin that posts a form to the app as soon as it loads."""
    with serve_pages(lambda path: attack_form(app, "0" * 128)) as base:
        yield base


@pytest.fixture(scope="module")
def page(context):
    return context.pages[0] if context.pages else context.new_page()


class Steps:
    failed = None


@pytest.fixture(scope="module")
def steps():
    return Steps()


@pytest.fixture(autouse=True)
def in_order(request, steps, page):
    """Runs a step only while every step before it passed; screenshots a failure."""
    if steps.failed:
        pytest.fail("not run after the failed step %s" % steps.failed)
    yield
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        steps.failed = request.node.name
        try:
            page.screenshot(path=str(ARTIFACTS / "failure.png"), full_page=True)
        except Exception:  # noqa: BLE001  (the screenshot only helps; the failure is reported)
            pass


def flash_text(page):
    flash = page.locator("#flash")
    return flash.inner_text().strip() if flash.count() else None


# ---- the visit, step by step ---------------------------------------------------------

def test_first_visit_reads_without_starting_a_session(page, context, app):
    resp = page.goto(app + "/")
    assert resp.status == 200, "status %s" % resp.status
    assert resp.header_value("set-cookie") is None, "the read-only page set a cookie"
    assert page.get_by_text("You are not signed in").is_visible(), "no signed-out notice"
    assert context.cookies() == [], "the browser holds a cookie"


def test_signing_in_shows_the_welcome_flash(page, context, app):
    page.get_by_role("banner").get_by_role("link", name="Sign in").click()
    page.get_by_label("User name").fill("demo")
    page.get_by_label("Password").fill("demo")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(app + "/account")
    assert flash_text(page) == "Welcome, demo. You are signed in.", "flash: %r" % flash_text(page)
    cookies = context.cookies()
    sc = next((c for c in cookies if c["name"] == "AURA_APP"), None)
    assert sc and sc["httpOnly"] and sc["sameSite"] == "Lax" and sc["path"] == "/", "cookie: %r" % cookies


def test_saving_a_note_shows_note_saved_once(page, app):
    page.get_by_label("New note").fill(NOTE)
    page.get_by_role("button", name="Save note").click()
    page.wait_for_load_state()
    assert page.url == app + "/account", "at %s" % page.url
    assert flash_text(page) == "Note saved.", "flash: %r" % flash_text(page)
    assert page.locator("#note").inner_text() == NOTE, "note not shown"
    page.screenshot(path=str(ARTIFACTS / "flash.png"), full_page=True)


def test_after_a_reload_the_flash_is_gone_and_the_note_stays(page):
    page.reload()
    assert flash_text(page) is None, "flash still there: %r" % flash_text(page)
    assert page.locator("#note").inner_text() == NOTE, "note lost"


def test_the_counter_form_works_and_its_flash_shows_once(page, app):
    page.get_by_role("button", name="Add one").click()
    page.wait_for_load_state()
    assert flash_text(page) == "Counter is now 1.", "flash: %r" % flash_text(page)
    assert page.locator("#counter").inner_text() == "1", "counter not 1"
    page.goto(app + "/")
    assert flash_text(page) is None, "flash shown twice"
    assert page.locator("#counter").inner_text() == "1", "overview counter not 1"


def test_a_form_auto_posted_from_another_origin_is_rejected_with_403(page, app, other_origin):
    with page.expect_response(lambda r: r.url == app + "/note" and r.request.method == "POST") as posted:
        page.goto(other_origin + "/")
    resp = posted.value
    origin = resp.request.header_value("origin")
    assert origin == other_origin, "the POST came from %s, not from %s" % (origin, other_origin)
    assert resp.status == 403, "status %s" % resp.status
    page.wait_for_url(app + "/note")
    assert page.get_by_role("heading", name="Request rejected").is_visible(), "no rejection page"
    page.screenshot(path=str(ARTIFACTS / "cross-origin-403.png"), full_page=True)


def test_the_rejected_post_changed_nothing(page, app):
    page.goto(app + "/account")
    assert page.locator("#note").inner_text() == NOTE, "the note was changed"
    assert page.locator("#counter").inner_text() == "1", "the counter was changed"
    assert flash_text(page) is None, "unexpected flash: %r" % flash_text(page)


def test_signing_out_deletes_the_session_cookie(page, context, app, builtin_app):
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(app + "/?signed-out=1")
    assert page.get_by_text("You have signed out").is_visible(), "no signed-out notice"
    assert page.get_by_text("You are not signed in").is_visible(), "still signed in"
    cookies = context.cookies()
    assert cookies == [], "cookies left: %r" % cookies
    left = os.listdir(builtin_app.session_dir)
    assert left == [], "session files left: %r" % left


def test_php_logged_no_warnings_or_errors(builtin_app):
    log = builtin_app.php_errors().strip()
    assert log == "", "PHP logged:\n" + log
