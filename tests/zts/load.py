#!/usr/bin/env python3
"""Load check of the example app under Apache's event MPM with the ZTS
mod_php (tests/zts/apache.py): many threads of one process serve different
sessions at once, so state kept process-wide by mistake shows up as one
client seeing another's data.

CLIENTS concurrent clients, each on its own keep-alive connection, each
going through SESSIONS_PER_CLIENT sessions one after the other. A session:
GET /login, POST /login with its CSRF token (signs in, new session id), GET
/account (the welcome flash, once), then rounds of
    POST /note (a value unique to this client, session and round), GET /account
    POST /counter, GET /account
    POST /entries (unique), GET /account, GET /account (no flash left)
each POST carrying the session's CSRF token, each page checked against what
this client wrote: user, note, counter, entries, the flash it expects (and
no other); then POST /logout. Any other status, any value that is
not this session's, any PHP error logged counts as a failure.

A warm-up of WARMUP_SESSIONS sessions comes first; the RSS of the Apache
processes is taken after it and after the measured run, which must not grow
past RSS_NOISE_KIB per process. Prints requests/s, p50 and p99 latency.

Usage: ZTS_PHP_PREFIX=<prefix> python3 tests/zts/load.py --ext PATH
       [--clients 64] [--requests 20000] [--timeout 600]
Closes with `zts-load: N passed, M failed`.
"""

import argparse
import asyncio
import email.message
import os
import signal
import sys
import time
import urllib.parse
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "farm")]
from apache import PROCESSES, THREADS_PER_CHILD, ApacheZtsServer  # noqa: E402
from common.app_http import SESSION_COOKIE, Response  # noqa: E402
from common.app_server import DEFAULT_EXT  # noqa: E402
from common.procs import exit_on_signals  # noqa: E402
from farm import rss_kib  # noqa: E402

ROUNDS_REQUESTS = 7      # requests in one round of a session
SESSION_OVERHEAD = 4     # GET+POST /login, GET /account, POST /logout
WARMUP_SESSIONS = 64
# RSS growth per Apache process (KiB) that still counts as noise: pages of
# the allocator's arenas and of opcache's shared memory touched late.
RSS_NOISE_KIB = 2048


class Mismatch(Exception):
    """A page that does not show this client's own session."""


class Connection:
    """One keep-alive HTTP/1.1 connection with its own cookie jar (one cookie)."""

    def __init__(self, port, latencies, reconnects):
        self.port = port
        self.latencies = latencies
        self.reconnects = reconnects
        self.used = False
        self.reader = self.writer = None
        self.sid = None

    async def close(self):
        if self.writer:
            self.writer.close()
            try:
                await self.writer.wait_closed()
            except OSError:
                pass
        self.reader = self.writer = None

    async def request(self, method, path, form=None):
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
            self.used = False
        lines = ["%s %s HTTP/1.1" % (method, path), "Host: 127.0.0.1:%d" % self.port]
        if self.sid:
            lines.append("Cookie: %s=%s" % (SESSION_COOKIE, self.sid))
        body = b""
        if form is not None:
            body = urllib.parse.urlencode(form).encode()
            lines += ["Content-Type: application/x-www-form-urlencoded", "Content-Length: %d" % len(body)]
        data = ("\r\n".join(lines) + "\r\n\r\n").encode() + body
        started = time.monotonic()
        reused = self.used
        self.writer.write(data)
        try:
            page = await self._response()
        except asyncio.IncompleteReadError as exc:
            # Apache closed the idle keep-alive connection before it read this
            # request (the event MPM does when all its threads are busy):
            # send it again on a new connection, as a browser does.
            if not reused or exc.partial:
                raise
            self.reconnects.append(1)
            await self.close()
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
            self.writer.write(data)
            page = await self._response()
        self.used = True
        self.latencies.append(time.monotonic() - started)
        if (page.headers.get("Connection") or "").lower() == "close":
            await self.close()
        return page

    async def _response(self):
        head = await self.reader.readuntil(b"\r\n\r\n")
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        status = int(status_line.split()[1])
        headers = email.message.Message()
        for line in header_lines:
            if ":" in line:
                name, _, value = line.partition(":")
                headers[name.strip()] = value.strip()
        for value in headers.get_all("Set-Cookie") or []:
            self._cookie(value)
        if (headers.get("Transfer-Encoding") or "").lower() == "chunked":
            chunks = []
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                chunk = await self.reader.readexactly(size + 2)
                if size == 0:
                    break
                chunks.append(chunk[:-2])
            body = b"".join(chunks)
        elif headers.get("Content-Length") is not None:
            body = await self.reader.readexactly(int(headers["Content-Length"]))
        else:  # the body runs to the end of the connection
            body = await self.reader.read()
        return Response(status, headers, body.decode("utf-8", "replace"))

    def _cookie(self, value):
        name, _, rest = value.partition("=")
        if name.strip() != SESSION_COOKIE:
            return
        sid, _, attrs = rest.partition(";")
        deleted = "expires=thu, 01 jan 1970" in attrs.lower() or sid == "" or sid == "deleted"
        self.sid = None if deleted else sid


def expect(cond, what, page):
    if not cond:
        raise Mismatch("%s (status %s, flash %r, user %r, note %r, counter %r)" % (
            what, page.status, page.flash(), page.user(), page.field("note"), page.field("counter")))


async def run_session(conn, tag, rounds):
    """One session of one client; raises Mismatch on anything not its own."""
    conn.sid = None
    form = await conn.request("GET", "/login")
    expect(form.status == 200, "GET /login", form)
    token = form.token()
    r = await conn.request("POST", "/login", {"__csrf_value": token, "username": "demo", "password": "demo"})
    expect(r.status == 303 and r.location == "/account", "POST /login", r)
    expect(conn.sid is not None, "no session cookie after login", r)
    sid = conn.sid

    async def account(flash):
        page = await conn.request("GET", "/account")
        expect(page.status == 200, "GET /account", page)
        expect(conn.sid == sid, "session id changed to %r" % conn.sid, page)
        expect(page.user() == "demo", "not signed in", page)
        expect(page.flash() == flash, "flash %r instead of %r" % (page.flash(), flash), page)
        return page

    page = await account("Welcome, demo. You are signed in.")
    token = page.token()
    note, counter, entries = "", 0, []

    def check(page):
        # the page's token is masked anew on every load: the next form
        # posts this one
        nonlocal token
        token = page.token()
        expect(page.field("note") == (note or "(none)"), "note %r instead of %r" % (page.field("note"), note), page)
        expect(page.field("counter") == str(counter), "counter %r instead of %d" % (page.field("counter"), counter),
               page)
        expect(page.entries() == entries, "entries %r instead of %r" % (page.entries()[-3:], entries[-3:]), page)

    async def post(path, **fields):
        r = await conn.request("POST", path, dict(fields, __csrf_value=token))
        expect(r.status == 303 and r.location == "/account", "POST %s" % path, r)

    for i in range(rounds):
        note = "note %s round %d" % (tag, i)
        await post("/note", note=note)
        check(await account("Note saved."))
        counter += 1
        await post("/counter")
        check(await account("Counter is now %d." % counter))
        entries.append("entry %s round %d" % (tag, i))
        await post("/entries", entry=entries[-1])
        check(await account("Entry added (%d in total)." % len(entries)))
        check(await account(None))
    r = await conn.request("POST", "/logout", {"__csrf_value": token})
    expect(r.status == 303 and r.location == "/?signed-out=1", "POST /logout", r)
    expect(conn.sid is None, "session cookie not deleted at logout", r)


async def drive(port, clients, sessions_per_client, rounds, latencies, reconnects, failures, deadline):
    async def client(c):
        conn = Connection(port, latencies, reconnects)
        try:
            for s in range(sessions_per_client):
                if time.monotonic() > deadline:
                    failures.append("client %d: out of time" % c)
                    return
                try:
                    await run_session(conn, "c%d-s%d-%s" % (c, s, os.urandom(4).hex()), rounds)
                except (Mismatch, OSError, asyncio.IncompleteReadError, ValueError, AssertionError) as exc:
                    failures.append("client %d session %d: %s: %s" % (c, s, type(exc).__name__, exc))
                    await conn.close()
        finally:
            await conn.close()

    await asyncio.gather(*(client(c) for c in range(clients)))


def run(port, clients, sessions_per_client, rounds, timeout):
    latencies, reconnects, failures = [], [], []
    started = time.monotonic()
    asyncio.run(asyncio.wait_for(
        drive(port, clients, sessions_per_client, rounds, latencies, reconnects, failures, started + timeout),
        timeout + 30))
    return latencies, len(reconnects), failures, time.monotonic() - started


def percentile(sorted_values, q):
    return sorted_values[min(len(sorted_values) - 1, int(q * len(sorted_values)))]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ext", default=str(DEFAULT_EXT))
    ap.add_argument("--clients", type=int, default=64)
    ap.add_argument("--requests", type=int, default=20000, help="at least this many measured requests")
    ap.add_argument("--sessions", type=int, default=256, help="at least this many distinct measured sessions")
    ap.add_argument("--timeout", type=int, default=600, help="seconds the measured run may take")
    args = ap.parse_args()
    exit_on_signals([signal.SIGTERM, signal.SIGHUP], "stopped by signal %d; stopping Apache")

    sessions_per_client = -(-args.sessions // args.clients)
    per_session = -(-args.requests // (args.clients * sessions_per_client))
    rounds = max(1, -(-(per_session - SESSION_OVERHEAD) // ROUNDS_REQUESTS))
    failed = []
    with ApacheZtsServer(args.ext) as srv:
        print("zts-load: Apache event MPM, %d processes x %d threads, at %s"
              % (PROCESSES, THREADS_PER_CHILD, srv.base_url), flush=True)
        _, _, warm_failures, _ = run(srv.port, WARMUP_SESSIONS, 1, rounds, args.timeout)
        failed += ["warm-up: " + f for f in warm_failures]
        children = srv.children()
        before = {pid: rss_kib(pid) for pid in children}
        print("zts-load: %d clients x %d sessions x %d requests"
              % (args.clients, sessions_per_client, SESSION_OVERHEAD + rounds * ROUNDS_REQUESTS), flush=True)
        latencies, reconnects, failures, elapsed = run(srv.port, args.clients, sessions_per_client, rounds, args.timeout)
        failed += failures
        after = {pid: rss_kib(pid) for pid in srv.children()}
        errors = srv.php_errors().strip()

    for f in failed[:20]:
        print("FAIL " + f)
    if len(failed) > 20:
        print("... and %d more failures" % (len(failed) - 20))
    if errors:
        failed.append("PHP logged errors")
        print("FAIL PHP logged:\n" + errors[:4000])

    total = len(latencies)
    sessions = args.clients * sessions_per_client
    lat = sorted(latencies) or [0.0]
    print("zts-load: %d requests over %d sessions in %.1fs: %.0f requests/s, p50 %.1f ms, p99 %.1f ms"
          % (total, sessions, elapsed, total / elapsed if elapsed else 0, 1000 * percentile(lat, 0.5),
             1000 * percentile(lat, 0.99)))
    if total < args.requests:
        failed.append("only %d requests" % total)
        print("FAIL only %d of %d requests were answered" % (total, args.requests))

    if sorted(after) != sorted(before):
        failed.append("Apache processes changed")
        print("FAIL the Apache processes changed during the run: %s -> %s" % (sorted(before), sorted(after)))
    for pid in sorted(before):
        if pid in after:
            growth = after[pid] - before[pid]
            print("zts-load: process %d RSS %d KiB -> %d KiB (%+d KiB)" % (pid, before[pid], after[pid], growth))
            if growth > RSS_NOISE_KIB:
                failed.append("RSS of %d grew" % pid)
                print("FAIL process %d grew by %d KiB (noise: %d KiB)" % (pid, growth, RSS_NOISE_KIB))

    print("zts-load: %d errors, %d cross-session mismatches, %d requests resent on a new connection after an"
          " idle keep-alive close" % (len(failed), sum(1 for f in failed if "Mismatch" in f), reconnects))
    print("zts-load: %d passed, %d failed" % (0 if failed else 1, 1 if failed else 0))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
