"""HTTP tests of the example app (examples/app) with the aura_session extension,
each run against PHP's built-in server and against nginx + php-fpm (the `srv`
fixture of tests/web/conftest.py). Standard library and pytest only."""

import email.utils
import os
import re
import urllib.parse
import urllib.request
from datetime import datetime, timezone
from http.cookiejar import CookieJar
from urllib.error import HTTPError

from common.app_http import SESSION_COOKIE, Response, decode_session, parse_set_cookie, sign_in, unmask


# ---- HTTP client ---------------------------------------------------------------

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None



class Client:
    """A browser-like client: cookie jar, no automatic redirects."""

    def __init__(self, base_url):
        self.base = base_url
        self.jar = CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def request(self, method, path, form=None, raw_body=None, cookie=None, headers=None):
        data = None
        headers = dict(headers or {})
        if form is not None:
            data = urllib.parse.urlencode(form).encode()
        elif raw_body is not None:
            data = raw_body.encode()
        if data is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if cookie is not None:
            headers["Cookie"] = cookie  # replaces the jar for this request
        req = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        try:
            resp = self.opener.open(req, timeout=15)
        except HTTPError as err:
            resp = err
        with resp:
            body = resp.read().decode("utf-8", "replace")
        return Response(resp.code, resp.headers, body)

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, form=None, **kw):
        return self.request("POST", path, form=form, **kw)

    def follow(self, resp):
        assert resp.status in (301, 302, 303), "expected a redirect, got %s" % resp.status
        loc = resp.location
        assert loc and loc.startswith("/"), "bad Location %r" % loc
        return self.get(loc)

    def session_id(self):
        for c in self.jar:
            if c.name == SESSION_COOKIE:
                return c.value
        return None


def session_cookies(resp):
    return [parse_set_cookie(h) for h in resp.set_cookies if parse_set_cookie(h)[0] == SESSION_COOKIE]


def is_expiring(attrs):
    if attrs.get("max-age") is not None:
        try:
            if int(attrs["max-age"]) <= 0:
                return True
        except ValueError:
            pass
    if attrs.get("expires"):
        try:
            when = email.utils.parsedate_to_datetime(attrs["expires"].replace("-", " "))
            return when < datetime.now(timezone.utc)
        except (TypeError, ValueError):
            pass
    return False


# ---- helpers on top of the app ------------------------------------------------

def session_files(srv):
    return sorted(f for f in os.listdir(srv.session_dir) if f.startswith("sess_"))


def session_file(srv, sid):
    return os.path.join(srv.session_dir, "sess_" + sid)


def read_session_file(srv, sid):
    with open(session_file(srv, sid), "rb") as fh:
        return fh.read()


def session_data(srv, sid):
    """The session file decoded (session.serialize_handler=php) into a dict;
    dict equality ignores key order, which depends on access order per request."""
    return decode_session(read_session_file(srv, sid))


def login(srv, client=None):
    c = client or Client(srv.base_url)
    page = c.follow(sign_in(c))
    assert page.status == 200 and page.state() is None and page.field("user") == "demo", "not signed in after login"
    return c


def settled_account(c):
    """GET /account until no flash is left, so the session data is at rest."""
    for _ in range(2):
        page = c.get("/account")
        assert page.status == 200, page
    assert page.flash() is None
    return page


def expect_rejected(srv, c, path, raw_body, headers=None):
    """POSTs raw_body (with extra request headers); asserts 403, and that
    neither the session file nor the page changed, and that no flash was queued."""
    before_page = settled_account(c)
    sid = c.session_id()
    before = session_data(srv, sid)
    r = c.post(path, raw_body=raw_body, headers=headers)
    assert r.status == 403, "expected 403 for %s %r %r, got %s" % (path, raw_body, headers, r.status)
    assert "Request rejected" in r.body
    assert c.session_id() == sid, "the session id changed"
    assert session_data(srv, sid) == before, "session data changed after a rejected POST"
    after_page = c.get("/account")
    assert after_page.flash() is None, "a flash appeared after a rejected POST: %r" % after_page.flash()
    assert after_page.field("note") == before_page.field("note"), "note changed"
    assert after_page.field("counter") == before_page.field("counter"), "counter changed"


def form_body(**fields):
    return urllib.parse.urlencode(fields)


# ---- tests (srv: the running server) --------------------------------------------

def test_read_only_first_visit_starts_nothing(srv):
    before = session_files(srv)
    c = Client(srv.base_url)
    r = c.get("/")
    assert r.status == 200, r
    assert r.set_cookies == [], "read-only page sent Set-Cookie: %r" % r.set_cookies
    assert r.state() == "signed-out"
    assert "no session was started" in r.body
    assert session_files(srv) == before, "a session file was created by a read-only visit"
    # a protected page without a session redirects, still without starting one
    r = c.get("/account")
    assert r.status == 303 and r.location == "/login", r
    assert r.set_cookies == []
    assert session_files(srv) == before


def test_first_write_sends_one_secure_cookie(srv):
    before = session_files(srv)
    c = Client(srv.base_url)
    r = c.get("/login")  # creating the form's CSRF token is the first write
    assert r.status == 200, r
    assert len(r.set_cookies) == 1, "expected exactly one Set-Cookie, got %r" % r.set_cookies
    name, sid, attrs = parse_set_cookie(r.set_cookies[0])
    assert name == SESSION_COOKIE and sid, r.set_cookies
    assert "httponly" in attrs, "no HttpOnly: %r" % r.set_cookies[0]
    assert attrs.get("samesite", "").lower() == "lax", "no SameSite=Lax: %r" % r.set_cookies[0]
    assert attrs.get("path") == "/", "no Path=/: %r" % r.set_cookies[0]
    assert not is_expiring(attrs)
    assert re.fullmatch(r"[0-9a-f]{128}", r.raw_token()), "token is not 128 hex chars"
    assert session_files(srv) == sorted(before + ["sess_" + sid]), "expected exactly the new session file"
    # the next request resumes the session: same token, no new cookie
    r2 = c.get("/login")
    assert r2.set_cookies == [], r2.set_cookies
    assert r2.raw_token() == r.raw_token()


def test_flash_shows_once_after_redirect(srv):
    c = login(srv)
    # login's own flash was shown by login(); the next request has none
    assert c.get("/account").flash() is None
    token = c.get("/account").token()
    r = c.post("/counter", {"__csrf_value": token})
    assert r.status == 303 and r.location == "/account", r
    page = c.follow(r)
    assert page.flash() == "Counter is now 1.", page.flash()
    assert page.field("counter") == "1"
    again = c.get("/account")
    assert again.flash() is None, "flash shown twice"
    assert again.field("counter") == "1"
    # a flash is shown by whatever page comes next, the read-only overview too
    r = c.post("/note", {"__csrf_value": token, "note": "buy milk"})
    assert r.status == 303, r
    over = c.get("/")
    assert over.flash() == "Note saved.", over.flash()
    assert over.field("note") == "buy milk"
    assert c.get("/").flash() is None


def test_wrong_password_flash(srv):
    c = Client(srv.base_url)
    token = c.get("/login").token()
    r = c.post("/login", {"__csrf_value": token, "username": "demo", "password": "nope"})
    assert r.status == 303 and r.location == "/login", r
    page = c.follow(r)
    assert page.flash() == "Unknown user name or wrong password.", page.flash()
    assert c.get("/login").flash() is None
    assert c.get("/").state() == "signed-out"


def test_post_without_token_rejected(srv):
    c = login(srv)
    expect_rejected(srv, c, "/note", form_body(note="pwned"))
    expect_rejected(srv, c, "/counter", "")
    expect_rejected(srv, c, "/logout", "")
    assert c.get("/").state() == "signed-in"


def test_post_with_wrong_token_rejected(srv):
    c = login(srv)
    token = c.get("/account").token()
    for bad in ("0" * 128, token[:-1] + ("0" if token[-1] != "0" else "1"), token[:64], "", token.upper(), token + "0"):
        expect_rejected(srv, c, "/note", form_body(__csrf_value=bad, note="pwned"))
    expect_rejected(srv, c, "/counter", form_body(__csrf_value="0" * 128))


def test_post_with_token_of_other_session_rejected(srv):
    a = login(srv)
    b = login(srv)
    assert a.session_id() != b.session_id()
    token_a = a.get("/account").token()
    token_b = b.get("/account").token()
    assert token_a != token_b, "two sessions share a CSRF token"
    expect_rejected(srv, b, "/note", form_body(__csrf_value=token_a, note="pwned"))
    expect_rejected(srv, b, "/counter", form_body(__csrf_value=token_a))
    # a token of a session that is not signed in is no good either
    anon_token = Client(srv.base_url).get("/login").token()
    expect_rejected(srv, b, "/note", form_body(__csrf_value=anon_token, note="pwned"))


def test_post_with_array_token_rejected(srv):
    c = login(srv)
    token = c.get("/account").token()
    expect_rejected(srv, c, "/note", "__csrf_value%5B%5D=x&note=pwned")
    expect_rejected(srv, c, "/note", "__csrf_value%5B%5D=" + token + "&note=pwned")
    expect_rejected(srv, c, "/note", "__csrf_value%5Bvalue%5D=" + token + "&note=pwned")
    expect_rejected(srv, c, "/counter", "__csrf_value%5B%5D=x")


def test_post_without_session_rejected(srv):
    c = Client(srv.base_url)
    r = c.post("/login", {"username": "demo", "password": "demo"})
    assert r.status == 403, r
    r = c.post("/note", {"__csrf_value": "0" * 128, "note": "x"})
    assert r.status == 403, r
    assert c.get("/").state() == "signed-out"


def test_right_token_accepted(srv):
    c = login(srv)
    settled_account(c)
    token = c.get("/account").token()
    r = c.post("/note", {"__csrf_value": token, "note": "hello <world> & \u00e9"})
    assert r.status == 303 and r.location == "/account", r
    page = c.follow(r)
    assert page.flash() == "Note saved."
    assert page.field("note") == "hello <world> & \u00e9", page.field("note")
    assert "hello &lt;world&gt; &amp;" in page.body, "note not escaped"
    assert page.raw_token() == unmask(token), "the token changed without a login"
    for n in (1, 2, 3):
        r = c.post("/counter", {"__csrf_value": token})
        assert r.status == 303, r
    page = c.follow(r)
    assert page.field("counter") == "3" and page.flash() == "Counter is now 3."


def test_login_regenerates_id_and_token(srv):
    c = Client(srv.base_url)
    form = c.get("/login")
    old_id = c.session_id()
    old_token = form.token()
    assert old_id and os.path.exists(session_file(srv, old_id))
    r = c.post("/login", {"__csrf_value": old_token, "username": "demo", "password": "demo"})
    assert r.status == 303 and r.location == "/account", r
    cookies = session_cookies(r)
    assert len(cookies) == 1 and len(r.set_cookies) == 1, "expected one new session cookie: %r" % r.set_cookies
    new_id = cookies[0][1]
    attrs = cookies[0][2]
    assert new_id and new_id != old_id, "session id did not change on login"
    assert "httponly" in attrs and attrs.get("samesite", "").lower() == "lax" and attrs.get("path") == "/"
    assert c.session_id() == new_id
    assert not os.path.exists(session_file(srv, old_id)), "old session file still there"
    assert os.path.exists(session_file(srv, new_id))
    page = c.follow(r)
    assert page.field("user") == "demo"
    new_token = page.token()
    assert unmask(new_token) != unmask(old_token), "CSRF token did not change on login"
    # the new session rejects the old token
    expect_rejected(srv, c, "/note", form_body(__csrf_value=old_token, note="pwned"))
    # the old id does not resume the signed-in session
    stale = Client(srv.base_url)
    for path in ("/", "/account", "/login"):
        r = stale.request("GET", path, cookie="%s=%s" % (SESSION_COOKIE, old_id))
        if path == "/":
            assert r.state() == "signed-out", "old id reads the signed-in state"
        elif path == "/account":
            assert r.status == 303 and r.location == "/login", "old id reaches /account: %r" % r
        else:
            assert r.status == 200 and "Sign in" in r.body
        for name, value, _ in session_cookies(r):
            assert value != old_id, "the server adopted the old id again"
    assert not os.path.exists(session_file(srv, old_id)), "the old id was brought back to life"
    assert c.get("/").state() == "signed-in"


def test_logout_deletes_cookie_and_session(srv):
    c = login(srv)
    sid = c.session_id()
    assert os.path.exists(session_file(srv, sid))
    token = c.get("/account").token()
    r = c.post("/logout", {"__csrf_value": token})
    assert r.status == 303 and r.location == "/?signed-out=1", r
    cookies = session_cookies(r)
    assert len(cookies) == 1 and len(r.set_cookies) == 1, "expected one Set-Cookie: %r" % r.set_cookies
    name, value, attrs = cookies[0]
    assert value != sid, "logout re-sent the session id"
    assert is_expiring(attrs), "logout cookie does not expire: %r" % r.set_cookies
    assert attrs.get("path") == "/", "logout cookie path: %r" % r.set_cookies
    assert c.session_id() is None, "the client still holds a session cookie"
    assert not os.path.exists(session_file(srv, sid)), "session file still there after logout"
    before = session_files(srv)
    page = c.follow(r)
    assert page.status == 200 and "You have signed out" in page.body
    assert page.state() == "signed-out" and page.set_cookies == []
    assert session_files(srv) == before
    # the old id reads nothing back
    r = Client(srv.base_url).request("GET", "/account", cookie="%s=%s" % (SESSION_COOKIE, sid))
    assert r.status == 303 and r.location == "/login", r
    assert not os.path.exists(session_file(srv, sid)), "the old id brought the session file back"


def test_masked_token_differs_on_every_load_and_all_accepted(srv):
    c = login(srv)
    settled_account(c)
    tokens = [c.get("/account").token() for _ in range(5)]
    assert len(set(tokens)) == 5, "the form's token repeated: %r" % tokens
    assert len({unmask(t) for t in tokens}) == 1, "the masked values encode different tokens"
    for token in tokens:
        r = c.post("/counter", {"__csrf_value": token})
        assert r.status == 303, r
    assert settled_account(c).field("counter") == "5"
    # the raw token, as a client that reads it otherwise would send it, passes too
    r = c.post("/counter", {"__csrf_value": unmask(tokens[0])})
    assert r.status == 303, r


def test_cross_site_post_rejected_even_with_the_token(srv):
    c = login(srv)
    for headers in ({"Sec-Fetch-Site": "cross-site"},
                    {"Sec-Fetch-Site": "same-site", "Origin": srv.base_url},
                    {"Sec-Fetch-Site": "Same-Origin"},
                    {"Origin": "http://evil.example"},
                    {"Origin": srv.base_url.replace("127.0.0.1", "localhost")},
                    {"Origin": "null"}):
        token = c.get("/account").token()
        expect_rejected(srv, c, "/note", form_body(__csrf_value=token, note="pwned"), headers)
        expect_rejected(srv, c, "/counter", form_body(__csrf_value=token), headers)
    assert c.get("/").state() == "signed-in"


def test_same_origin_headers_accepted(srv):
    c = login(srv)
    for headers in ({"Sec-Fetch-Site": "same-origin", "Origin": srv.base_url},
                    {"Sec-Fetch-Site": "none"},
                    {"Origin": srv.base_url},
                    {"Origin": srv.base_url.upper()}):
        r = c.post("/counter", {"__csrf_value": c.get("/account").token()}, headers=headers)
        assert r.status == 303, "%r: %r" % (headers, r)
    assert settled_account(c).field("counter") == "4"


def test_routing(srv):
    c = Client(srv.base_url)
    r = c.get("/no-such-page")
    assert r.status == 404 and r.set_cookies == [], r
    r = c.get("/note")
    assert r.status == 405 and "POST" in (r.headers.get("Allow") or ""), r
    r = c.get("/lib/App.php")
    assert r.status == 404, r
    r = c.get("/?x=1")
    assert r.status == 200 and r.state() == "signed-out"


def test_php_log_clean(srv):
    """Last for each server: PHP logged nothing while the tests above ran."""
    errors = srv.php_errors().strip()
    assert not errors, "PHP logged:\n" + errors
