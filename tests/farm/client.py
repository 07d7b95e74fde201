"""HTTP client for the farm tests: one session cookie (AURA_APP) carried by
hand, so the same session can be used on either app node and from many
threads at once; every request bounded by a timeout and timed."""

import http.client
import time
import urllib.parse

from common.app_http import SESSION_COOKIE, AppPage, parse_set_cookie, sign_in

HTTP_TIMEOUT = 10.0


class Response(AppPage):
    def __init__(self, status, headers, body, elapsed):
        self.status = status
        self.headers = headers          # list of (name, value)
        self.body = body
        self.elapsed = elapsed

    def header(self, name):
        for k, v in self.headers:
            if k.lower() == name.lower():
                return v
        return None

    def all(self, name):
        return [v for k, v in self.headers if k.lower() == name.lower()]

    @property
    def location(self):
        return self.header("Location")

    def is_unavailable(self):
        return (self.status == 503 and '<h1 id="error">Service unavailable</h1>' in self.body
                and self.header("Retry-After") is not None)

    def __repr__(self):
        return "<%s %s %.3fs>" % (self.status, self.location or "", self.elapsed)


class Timeout(Exception):
    pass


def cookie_expires(attrs):
    if "max-age" in attrs:
        try:
            return int(attrs["max-age"]) <= 0
        except ValueError:
            return False
    return attrs.get("expires", "").endswith("1970 00:00:01 GMT")


def request(base, method, path, form=None, sid=None, timeout=HTTP_TIMEOUT):
    """One request on a fresh connection. Raises Timeout past the timeout."""
    parsed = urllib.parse.urlsplit(base)
    headers = {"Connection": "close"}
    body = None
    if form is not None:
        body = urllib.parse.urlencode(form)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if sid:
        headers["Cookie"] = "%s=%s" % (SESSION_COOKIE, sid)
    conn = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=timeout)
    started = time.monotonic()
    try:
        conn.request(method, path, body=body, headers=headers)
        resp = conn.getresponse()
        data = resp.read().decode("utf-8", "replace")
        return Response(resp.status, resp.getheaders(), data, time.monotonic() - started)
    except (TimeoutError, OSError) as exc:
        if isinstance(exc, TimeoutError) or "timed out" in str(exc):
            raise Timeout("%s %s%s: no answer in %.0fs" % (method, base, path, timeout)) from None
        raise
    finally:
        conn.close()


class Client:
    """A browser with one session cookie. `node` picks the base URL per request."""

    def __init__(self, base, sid=None):
        self.base = base
        self.sid = sid

    def request(self, method, path, form=None, base=None, timeout=HTTP_TIMEOUT):
        r = request(base or self.base, method, path, form, self.sid, timeout)
        for value in r.all("Set-Cookie"):
            name, val, attrs = parse_set_cookie(value)
            if name == SESSION_COOKIE:
                self.sid = None if (cookie_expires(attrs) or val in ("", "deleted")) else val
        return r

    def get(self, path, base=None, **kw):
        return self.request("GET", path, base=base, **kw)

    def post(self, path, form=None, base=None, **kw):
        return self.request("POST", path, form or {}, base=base, **kw)

    def follow(self, r, base=None):
        assert r.status == 303, "expected a 303, got %r" % r
        return self.get(r.location, base=base)


def login(base, follow_base=None):
    """Signs in as demo/demo on base; follows the redirect on follow_base
    (default: the same node). Returns (client, the /account page)."""
    c = Client(base)
    page = c.follow(sign_in(c), base=follow_base)
    assert page.status == 200 and page.user() == "demo", "not signed in after login: %r" % page
    return c, page

