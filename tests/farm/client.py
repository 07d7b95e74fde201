"""HTTP client for the farm tests: one session cookie (AURA_APP) carried by
hand, so the same session can be used on either app node and from many
threads at once; every request bounded by a timeout and timed."""

import html
import http.client
import re
import time
import urllib.parse

SESSION_COOKIE = "AURA_APP"
TOKEN_RE = re.compile(r'name="__csrf_value" value="([^"]*)"')
HTTP_TIMEOUT = 10.0


class Response:
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

    def token(self):
        m = TOKEN_RE.search(self.body)
        assert m, "page has no CSRF token field (status %s)" % self.status
        return html.unescape(m.group(1))

    def flash(self):
        m = re.search(r'id="flash"[^>]*>(.*?)</p>', self.body, re.S)
        return html.unescape(m.group(1)).strip() if m else None

    def field(self, ident):
        m = re.search(r'id="%s"[^>]*>(.*?)</' % re.escape(ident), self.body, re.S)
        return html.unescape(m.group(1)).strip() if m else None

    def user(self):
        return self.field("user")

    def entries(self):
        m = re.search(r'<ol id="entries">(.*?)</ol>', self.body, re.S)
        if not m:
            return []
        return [html.unescape(x).strip() for x in re.findall(r"<li>(.*?)</li>", m.group(1), re.S)]

    def is_unavailable(self):
        return (self.status == 503 and '<h1 id="error">Service unavailable</h1>' in self.body
                and self.header("Retry-After") is not None)

    def __repr__(self):
        return "<%s %s %.3fs>" % (self.status, self.location or "", self.elapsed)


class Timeout(Exception):
    pass


def parse_set_cookie(value):
    parts = [p.strip() for p in value.split(";")]
    name, _, val = parts[0].partition("=")
    attrs = {}
    for p in parts[1:]:
        k, _, v = p.partition("=")
        attrs[k.strip().lower()] = v.strip()
    return name.strip(), val.strip(), attrs


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
    form = c.get("/login")
    assert form.status == 200, "GET /login: %r" % form
    r = c.post("/login", {"__csrf_value": form.token(), "username": "demo", "password": "demo"})
    assert r.status == 303 and r.location == "/account", "login failed: %r" % r
    page = c.follow(r, base=follow_base)
    assert page.status == 200 and page.user() == "demo", "not signed in after login: %r" % page
    return c, page


# ---- PHP's session serialization (session.serialize_handler=php), strictly --------

class Corrupt(Exception):
    pass


def _value(data, i):
    kind = data[i:i + 2]
    if kind == b"N;":
        return None, i + 2
    if kind in (b"b:", b"i:", b"d:"):
        end = data.index(b";", i)
        raw = data[i + 2:end].decode()
        if kind == b"b:":
            if raw not in ("0", "1"):
                raise Corrupt("bad bool")
            return raw == "1", end + 1
        return (int(raw) if kind == b"i:" else float(raw)), end + 1
    if kind == b"s:":
        colon = data.index(b":", i + 2)
        n = int(data[i + 2:colon])
        if data[colon + 1:colon + 2] != b'"':
            raise Corrupt("bad string at %d" % i)
        start = colon + 2
        if data[start + n:start + n + 2] != b'";':
            raise Corrupt("string length mismatch at %d" % i)
        return data[start:start + n].decode("utf-8"), start + n + 2
    if kind == b"a:":
        colon = data.index(b":", i + 2)
        n = int(data[i + 2:colon])
        if data[colon + 1:colon + 2] != b"{":
            raise Corrupt("bad array at %d" % i)
        i = colon + 2
        out = {}
        for _ in range(n):
            key, i = _value(data, i)
            if not isinstance(key, (int, str)):
                raise Corrupt("bad array key")
            out[key], i = _value(data, i)
        if data[i:i + 1] != b"}":
            raise Corrupt("array not closed at %d" % i)
        return out, i + 1
    raise Corrupt("unknown value %r at %d" % (data[i:i + 12], i))


def decode_session(data):
    """bytes of a stored session -> dict; raises Corrupt on anything malformed."""
    if data is None:
        raise Corrupt("no such session")
    out, i = {}, 0
    try:
        while i < len(data):
            bar = data.index(b"|", i)
            name = data[i:bar].decode("utf-8")
            out[name], i = _value(data, bar + 1)
    except (ValueError, IndexError, UnicodeDecodeError) as exc:
        raise Corrupt("%s: %r" % (exc, data[:80])) from None
    return out
