"""The races between requests of one session that aura_session.lazy_lock=1
must survive without losing a write silently: a write after another
request rotated the id (lifetimes) or retired it (regenerateId(),
destroy()); a write the save handler refuses; a read, then the
application's own session_start(), then a write; and handlers that take no
lock, which the settings check must name. Each test states what the
contract (docs/lazy-lock.md) promises."""

import os
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from common.app_server import scan_dir_without_extension
from common.procs import find_binary
from stack import call, request

RETIRED = "Aura\\Session\\Exception\\SessionRetired"
STRICT_SITES = ["files-lazy1-strict", "redis-lazy1-strict-shortlock"]


def dump(url, sid):
    answer = request(url, "dump", sid)
    assert answer.ok, answer
    return answer.json["segment"]


# ---- a write after the id moved on ----

@pytest.mark.parametrize("read", ["n", "b"])
def test_a_write_after_a_concurrent_rotation_lands_in_the_new_session(stack, handler, read):
    """B reads, A rotates the id (rotate_interval), B writes: within the
    grace window the write follows the rotation into the live session, and
    B goes on with the new id, whether B decided on a value the rotation
    carried over (n) or on one not set yet (b)."""
    url = stack.urls[handler + "-lazy1-rotate"]
    old = call(url, "start")[0]["id"]  # issued now: due in more than 1 s
    with ThreadPoolExecutor(1) as pool:
        # B's read comes at once, before the id is due; its write 3 s later
        b = pool.submit(request, url, "read-then-set", old, read=read, key="b", v="B", ms=3000)
        time.sleep(2.3)
        a = request(url, "read", old)  # due: A rotates
        b = b.result()
    new = a.json["id"]
    assert a.ok and new != old and a.json["expired"] is None, a  # the setup: A rotated
    problems = [] if b.ok else ["B was answered %r" % b]
    if b.json and b.json.get("id") != new:
        problems.append("B went on with the id %r, not the live one" % b.json.get("id"))
    for name, sid in (("new", new), ("old", old)):
        segment = dump(url, sid)
        if segment.get("b") != "B":
            problems.append("read through the %s id: %r" % (name, segment))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("retire", ["regenerate", "destroy"])
@pytest.mark.parametrize("site", STRICT_SITES)
def test_a_write_after_a_concurrent_retirement_throws_and_mints_nothing(fault_stack, site, retire):
    """B reads, A retires the id (regenerateId() at a sign-in, destroy() at a
    sign-out), B writes: B's write throws SessionRetired, writes nothing
    and mints no session (no new id stored, none in B's cookies)."""
    url = fault_stack.urls[site]
    old = request(url, "start").json["id"]
    before = fault_stack.stored_ids(site)
    with ThreadPoolExecutor(1) as pool:
        b = pool.submit(request, url, "read-then-set", old, read="b", key="b", v="B", ms=1000)
        time.sleep(0.4)
        a = request(url, retire, old)
        b = b.result()
    assert a.ok, a
    successor = {a.json["id"]} if retire == "regenerate" else set()
    minted = fault_stack.stored_ids(site) - before - successor
    stray_cookies = [c for c in b.cookies if c not in (old, "deleted")]
    problems = []
    if not (b.json and b.json.get("error") == RETIRED):
        problems.append("B was not answered with %s: %r" % (RETIRED, b))
    if minted:
        problems.append("sessions minted: %s" % sorted(minted))
    if stray_cookies:
        problems.append("B's response sets the cookie to %s" % stray_cookies)
    if old in fault_stack.stored_ids(site):
        problems.append("the retired id is stored again")
    if successor:
        (new,) = successor
        segment = dump(url, new)
        if "b" in segment or segment.get("user") != "alice":
            problems.append("the signed-in session holds %r" % segment)
    assert not problems, "\n".join(problems)


# ---- a write the save handler refuses ----

def refused(answer):
    """Whether set() threw the extension's Exception or a subclass of it
    (the app answers 503 with its class); a conflict would be the wrong
    answer."""
    error = (answer.json or {}).get("error") or ""
    return answer.status == 503 and (error == "Aura\\Session\\Exception"
                                     or error.startswith("Aura\\Session\\Exception\\"))


def test_a_write_phpredis_refuses_throws(fault_stack):
    """phpredis cannot take its lock (another request holds it), waits its
    lock wait out, reads anyway and refuses the write: set() must throw."""
    site = "redis-lazy1-strict-shortlock"
    url = fault_stack.urls[site]
    sid = request(url, "start").json["id"]
    lock = "PHPREDIS_SESSION:%s_LOCK" % sid
    fault_stack.redis.call("SET", lock, "held-by-another-request", "PX", 20000)
    try:
        answer = request(url, "add", sid, i="x")
    finally:
        fault_stack.redis.call("DEL", lock)
    assert "kx" not in dump(url, sid)  # the setup: phpredis refused the write
    assert refused(answer), answer


def test_a_write_a_user_handler_refuses_throws(fault_stack):
    """A user save handler's write() returns false: set() must throw."""
    url = fault_stack.urls["user-lazy1-strict"]
    sid = request(url, "start").json["id"]
    answer = request(url, "add", sid, i="x", refuse=1)
    assert "kx" not in dump(url, sid)  # the setup: the handler refused the write
    assert refused(answer), answer


# ---- the application's own session_start() between a read and a write ----

def test_a_read_then_an_own_session_start_then_a_write_is_validated(stack, site):
    """20 parallel `$n = get('n'); session_start(); set('n', $n + 1)`: each
    increment is either stored or answered with ConcurrentModification."""
    url = stack.urls[site]
    sid = call(url, "start")[0]["id"]
    count = 20
    with ThreadPoolExecutor(count) as pool:
        answers = list(pool.map(lambda _: request(url, "own-start-increment", sid, ms=20),
                                range(count)))
    assert all(a.status == 200 and not a.json.get("error") for a in answers), answers
    conflicts = sum(1 for a in answers if a.json.get("conflict"))
    n = dump(url, sid)["n"]
    assert n + conflicts == count, "n = %d, %d conflicts, %d increments" % (n, conflicts, count)


# ---- handlers that take no lock ----

@pytest.mark.parametrize("site, handler", [("redis-lazy1-unlocked", "redis"),
                                           ("user-lazy1-strict", "user")])
def test_a_handler_without_locking_is_named_by_the_settings_check(fault_stack, site, handler):
    """lazy_lock=1 cannot hold its guarantees over a handler that takes no
    lock (phpredis with locking off, a user handler): getSecurityWarnings()
    says so, naming the handler."""
    answer = request(fault_stack.urls[site], "warnings")
    assert answer.ok and answer.json["handler"] == handler, answer
    lines = [w for w in answer.json["warnings"] if "lazy_lock" in w]
    assert any(handler in w for w in lines), answer.json["warnings"]


@pytest.mark.parametrize("site", STRICT_SITES)
def test_a_locking_handler_gets_no_lazy_lock_warning(fault_stack, site):
    answer = request(fault_stack.urls[site], "warnings")
    assert answer.ok, answer
    assert not [w for w in answer.json["warnings"] if "lazy_lock" in w], answer.json["warnings"]


@pytest.fixture(scope="module")
def php_cli(ext):
    """Runs `php --ri aura_session` with the extension under test and the
    given settings (Debian's conf.d, so phpredis is loaded)."""
    php = find_binary("php")
    with tempfile.TemporaryDirectory(prefix="aura-lazylock-cli-") as tmp:
        env = dict(os.environ, PHP_INI_SCAN_DIR=scan_dir_without_extension(php, tmp))

        def ri(**settings):
            args = [php, "-d", "extension=" + ext]
            for name, value in settings.items():
                args += ["-d", "%s=%s" % (name.replace("__", "."), value)]
            out = subprocess.run(args + ["--ri", "aura_session"], capture_output=True, text=True,
                                 timeout=30, env=env)
            assert out.returncode == 0, out.stderr
            return out.stdout
        yield ri


@pytest.mark.parametrize("handler, locking, named", [
    ("redis", "0", True), ("rediscluster", "1", True), ("redis", "1", False), ("files", "0", False)])
def test_php_ri_names_a_handler_without_locking(php_cli, handler, locking, named):
    out = php_cli(aura_session__lazy_lock="1", session__save_handler=handler,
                  redis__session__locking_enabled=locking)
    # the warning line, not the setting's own row ("aura_session.lazy_lock => 1 => 1")
    lines = [line for line in out.splitlines() if "lazy_lock" in line and handler in line]
    assert bool(lines) == named, out
