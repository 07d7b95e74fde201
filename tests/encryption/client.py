"""Requests to tests/encryption/app with a session cookie."""

import json
import os
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from sealed_farm import SESSION_NAME


class Answer:
    """status, json (the decoded body, or None), cookies (the session ids
    Set-Cookie headers set, in order), body."""

    def __init__(self, status, json_body, cookies, body):
        self.status = status
        self.json = json_body or {}
        self.cookies = cookies
        self.body = body

    @property
    def id(self):
        """The id the client holds after this answer."""
        return self.cookies[-1] if self.cookies else self.json.get("id")

    def __getitem__(self, name):
        return self.json.get(name)

    def __repr__(self):
        return "Answer(%d, %r, cookies=%r)" % (self.status, self.json or self.body[:300], self.cookies)


def marker():
    """A value no store holds unless a session put it there."""
    return "ada-" + os.urandom(6).hex()


def call(url, op, sid=None, **params):
    """One request; an error status is an Answer too."""
    query = "&".join(["op=" + op] + ["%s=%s" % item for item in params.items()])
    req = urllib.request.Request(url + "?" + query)
    if sid:
        req.add_header("Cookie", "%s=%s" % (SESSION_NAME, sid))
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            status, headers, body = resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as e:
        status, headers, body = e.code, e.headers, e.read()
    text = body.decode(errors="replace")
    try:
        decoded = json.loads(text.strip())
    except ValueError:
        decoded = None
    cookies = []
    for line in headers.get_all("Set-Cookie") or []:
        name, _, rest = line.partition("=")
        if name.strip() == SESSION_NAME:
            cookies.append(rest.split(";", 1)[0])
    return Answer(status, decoded if isinstance(decoded, dict) else None, cookies, text)


def ok(url, op, sid=None, **params):
    """call(), which must answer 200 with JSON."""
    answer = call(url, op, sid, **params)
    assert answer.status == 200 and answer.json, answer
    return answer


def parallel(url, op, sid, count, **params):
    with ThreadPoolExecutor(max_workers=count) as pool:
        futures = [pool.submit(call, url, op, sid, **params) for _ in range(count)]
        return [f.result() for f in futures]
