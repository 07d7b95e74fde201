"""Cross-site request forgery in headless Chromium, against the example app
under each server (PHP's built-in server, nginx + php-fpm): the app's own
form posts and fetch() calls pass; a form auto-posted from another origin and
a cross-origin fetch() with credentials are refused with 403 and change
nothing, even when they carry a valid token; the forms' hidden token differs
on every page load while every one of them is accepted.

The other origin is another port on 127.0.0.1: cross-origin but same-site,
so the session cookie (SameSite=Lax) travels with its requests and only the
origin check stands in the way."""

import pytest

from browser import attack_form, serve_pages

ATTACK_FETCH = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Win a prize</title></head>
<body>
<p id="done">waiting</p>
<script>
fetch("{app}/counter", {{
    method: "POST", credentials: "include", mode: "{mode}",
    body: new URLSearchParams({{__csrf_value: "{token}"}}),
}}).then(() => "answered", () => "blocked").then(how => {{ document.getElementById("done").textContent = how; }});
</script>
</body></html>
"""

# A POST from the page's own origin, as the app's scripts would send it.
SAME_ORIGIN_FETCH = """async (token) => {
    const r = await fetch("/counter", {method: "POST", body: new URLSearchParams({__csrf_value: token})});
    return {status: r.status, redirected: r.redirected, url: r.url};
}"""


class Attacker:
    """The other origin: serves whatever page the test last put up."""

    html = ""


@pytest.fixture(scope="module")
def attacker():
    holder = Attacker()
    with serve_pages(lambda path: holder.html) as base:
        holder.base = base
        yield holder


@pytest.fixture
def page(context):
    page = context.new_page()
    try:
        yield page
    finally:
        page.close()


@pytest.fixture
def app(srv, context, page):
    """Signed in as demo through the sign-in form, on /account."""
    context.clear_cookies()  # the servers share 127.0.0.1, and cookies ignore ports
    base = srv.base_url
    page.goto(base + "/login")
    page.get_by_label("User name").fill("demo")
    page.get_by_label("Password").fill("demo")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(base + "/account")
    return base


def hidden_token(page):
    return page.locator('input[name="__csrf_value"]').first.input_value()


def account_state(page, app):
    page.goto(app + "/account")
    return page.locator("#note").inner_text(), int(page.locator("#counter").inner_text())


def test_same_origin_form_post_passes(page, app):
    _, before = account_state(page, app)
    with page.expect_request(lambda r: r.url == app + "/counter" and r.method == "POST") as posted:
        page.get_by_role("button", name="Add one").click()
    page.wait_for_url(app + "/account")
    assert posted.value.header_value("sec-fetch-site") == "same-origin"
    assert page.locator("#flash").inner_text().strip() == "Counter is now %d." % (before + 1)
    assert account_state(page, app)[1] == before + 1


def test_same_origin_fetch_passes(page, app):
    _, before = account_state(page, app)
    answer = page.evaluate(SAME_ORIGIN_FETCH, hidden_token(page))
    assert answer == {"status": 200, "redirected": True, "url": app + "/account"}, answer
    assert account_state(page, app)[1] == before + 1


def test_hidden_token_differs_on_every_load_and_all_are_accepted(page, app):
    _, before = account_state(page, app)
    tokens = []
    for _ in range(5):
        page.goto(app + "/account")
        tokens.append(hidden_token(page))
    assert len(set(tokens)) == len(tokens), "a token repeated: %r" % tokens
    for token in tokens:
        answer = page.evaluate(SAME_ORIGIN_FETCH, token)
        assert answer["status"] == 200 and answer["redirected"], answer
    assert account_state(page, app)[1] == before + len(tokens)


def test_form_auto_posted_from_another_origin_is_refused(page, app, attacker):
    note, counter = account_state(page, app)
    attacker.html = attack_form(app, hidden_token(page))
    with page.expect_response(lambda r: r.url == app + "/note" and r.request.method == "POST") as posted:
        page.goto(attacker.base + "/")
    resp = posted.value
    headers = resp.request.all_headers()
    assert headers.get("origin") == attacker.base, headers
    assert headers.get("sec-fetch-site") == "same-site", headers
    assert "AURA_APP=" in headers.get("cookie", ""), "the session cookie was not sent: %r" % headers
    assert resp.status == 403, "status %s" % resp.status
    assert "sent by another site" in resp.text()
    assert account_state(page, app) == (note, counter), "the refused POST changed the account"


@pytest.mark.parametrize("mode", ["cors", "no-cors"])
def test_cross_origin_fetch_with_credentials_is_refused(page, app, attacker, mode):
    note, counter = account_state(page, app)
    attacker.html = ATTACK_FETCH.format(app=app, token=hidden_token(page), mode=mode)
    with page.expect_request(lambda r: r.url == app + "/counter" and r.method == "POST") as sent:
        page.goto(attacker.base + "/")
    request = sent.value
    page.wait_for_function("document.getElementById('done').textContent !== 'waiting'")
    resp = request.response()
    if mode == "no-cors":
        # the page gets an opaque answer; the browser still saw the server's
        assert resp is not None and resp.status == 403, "answer %r" % resp
        assert page.locator("#done").inner_text() == "answered"
    else:
        # refused without Access-Control-Allow-Origin: the page cannot read the answer
        assert page.locator("#done").inner_text() == "blocked"
    assert account_state(page, app) == (note, counter), "the refused fetch() changed the account"


def test_php_logged_nothing(srv):
    log = srv.php_errors().strip()
    assert log == "", "PHP logged:\n" + log
