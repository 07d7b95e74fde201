"""What the HTTP tests (tests/web) and the farm tests (tests/farm) read from
the example app: its session cookie, the CSRF token, flash and fields of its
pages, signing in, and the session data PHP stores for it
(session.serialize_handler=php), decoded strictly."""

import base64
import html
import re

SESSION_COOKIE = "AURA_APP"
TOKEN_RE = re.compile(r'name="__csrf_value" value="([^"]*)"')


class AppPage:
    """Readers of an app page, for a response class with .status and .body."""

    def token(self):
        m = TOKEN_RE.search(self.body)
        assert m, "page has no CSRF token field (status %s)" % self.status
        return html.unescape(m.group(1))

    def raw_token(self):
        """The session's token behind the form's masked value
        (base64url of pad + pad XOR token)."""
        return unmask(self.token())

    def flash(self):
        m = re.search(r'id="flash"[^>]*>(.*?)</p>', self.body, re.S)
        return html.unescape(m.group(1)).strip() if m else None

    def state(self):
        m = re.search(r'id="status" data-state="([a-z-]+)"', self.body)
        return m.group(1) if m else None

    def field(self, ident):
        m = re.search(r'id="%s">(.*?)</' % re.escape(ident), self.body, re.S)
        return html.unescape(m.group(1)).strip() if m else None

    def user(self):
        return self.field("user")

    def entries(self):
        m = re.search(r'<ol id="entries">(.*?)</ol>', self.body, re.S)
        if not m:
            return []
        return [html.unescape(x).strip() for x in re.findall(r"<li>(.*?)</li>", m.group(1), re.S)]


class Response(AppPage):
    """A page as a client received it: status, headers (an
    email.message.Message-like object) and the decoded body."""

    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    @property
    def set_cookies(self):
        return self.headers.get_all("Set-Cookie") or []

    @property
    def location(self):
        return self.headers.get("Location")

    def __repr__(self):
        return "<%s %s>" % (self.status, self.location or "")


def unmask(masked):
    """The token a masked CSRF value (CsrfToken::getMaskedValue()) encodes."""
    assert re.fullmatch(r"[A-Za-z0-9_-]+", masked), "not base64url: %r" % masked
    data = base64.urlsafe_b64decode(masked + "=" * (-len(masked) % 4))
    assert len(data) % 2 == 0, "odd masked length %d" % len(data)
    half = len(data) // 2
    return bytes(p ^ m for p, m in zip(data[:half], data[half:])).decode("latin-1")


def sign_in(client):
    """GET /login, then POST its form as demo/demo; returns the answer, a 303
    to /account. client: anything with get(path) and post(path, form)."""
    form = client.get("/login")
    assert form.status == 200, "GET /login: %r" % form
    r = client.post("/login", {"__csrf_value": form.token(), "username": "demo", "password": "demo"})
    assert r.status == 303 and r.location == "/account", "login failed: %r" % r
    return r


def parse_set_cookie(value):
    """A Set-Cookie value -> (name, value, {lowercased attribute: value})."""
    parts = [p.strip() for p in value.split(";")]
    name, _, val = parts[0].partition("=")
    attrs = {}
    for p in parts[1:]:
        k, _, v = p.partition("=")
        attrs[k.strip().lower()] = v.strip()
    return name.strip(), val.strip(), attrs


# ---- PHP's session serialization (session.serialize_handler=php), strictly --------

class Corrupt(Exception):
    pass


def _counted(data, i, opener, what):
    """The header `s:N:"` or `a:N:{` at i -> (N, the index after the opener)."""
    colon = data.index(b":", i + 2)
    n = int(data[i + 2:colon])
    if data[colon + 1:colon + 2] != opener:
        raise Corrupt("bad %s at %d" % (what, i))
    return n, colon + 2


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
        n, start = _counted(data, i, b'"', "string")
        if data[start + n:start + n + 2] != b'";':
            raise Corrupt("string length mismatch at %d" % i)
        return data[start:start + n].decode("utf-8"), start + n + 2
    if kind == b"a:":
        n, i = _counted(data, i, b"{", "array")
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
