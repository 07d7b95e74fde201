"""Server-enforced session lifetimes over HTTP, through the example app under
each server of servers.py: the idle and absolute timeouts, and id rotation
with two concurrent requests carrying the rotated-away id. Small real
timeouts (1-3 s): every wait starts at the beginning of a second, since the
stored times are whole seconds."""

import os
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from common.app_http import SESSION_COOKIE, decode_session
from servers import SERVERS
from test_http import Client, login, session_cookies, session_data, session_file, settled_account

RESERVED = "Aura\\Session\\Lifetime"


def server_with(request, ext, **ini):
    settings = {"aura_session." + name: str(value) for name, value in ini.items()}
    server = SERVERS[request.param](ext, settings)
    request.addfinalizer(lambda: server.__exit__(None, None, None))
    return server.__enter__()


@pytest.fixture(scope="module", params=sorted(SERVERS))
def timeouts(request, ext):
    return server_with(request, ext, idle_timeout=2, absolute_timeout=3)


@pytest.fixture(scope="module", params=sorted(SERVERS))
def rotating(request, ext):
    return server_with(request, ext, rotate_interval=1, rotate_grace=1)


def next_second():
    """Sleeps to just after the start of the next second."""
    time.sleep(1.02 - time.time() % 1)


def new_cookie(resp):
    """The session id the response sets (None when it sets none)."""
    values = [value for _, value, _ in session_cookies(resp)]
    return values[-1] if values else None


def signed_in_with(srv, sid):
    resp = Client(srv.base_url).get("/", cookie="%s=%s" % (SESSION_COOKIE, sid))
    assert resp.status == 200, resp
    return resp


def test_idle_session_expires_with_a_new_id_and_its_data_destroyed(timeouts):
    next_second()
    client = login(timeouts)
    old = client.session_id()
    time.sleep(3)
    resp = client.get("/")
    assert resp.state() == "signed-out"
    new = new_cookie(resp)
    assert new and new != old
    assert not os.path.exists(session_file(timeouts, old))
    assert set(session_data(timeouts, new)) == {RESERVED, "Aura\\Session\\Flash\\Next",
                                                "Aura\\Session\\Flash\\Now", "AuraApp"}
    assert session_data(timeouts, new)["AuraApp"] == {}
    assert timeouts.php_errors() == "", "PHP logged: %s" % timeouts.php_errors()


def test_activity_within_idle_keeps_the_session_until_the_absolute_timeout(timeouts):
    next_second()
    client = login(timeouts)
    sid = client.session_id()
    states = []
    for _ in range(4):
        time.sleep(1)
        states.append(client.get("/").state())
    assert states == ["signed-in"] * 3 + ["signed-out"]
    assert client.session_id() != sid


def test_read_only_request_leaves_the_stored_session_unchanged(timeouts):
    next_second()
    client = login(timeouts)
    settled_account(client)
    sid = client.session_id()
    with open(session_file(timeouts, sid), "rb") as fh:
        before = fh.read()
    resp = client.get("/account")
    assert resp.user() == "demo" and new_cookie(resp) is None
    with open(session_file(timeouts, sid), "rb") as fh:
        assert fh.read() == before


def test_rotation_answers_concurrent_requests_with_the_old_id_from_the_new_session(rotating):
    next_second()
    old = login(rotating).session_id()
    time.sleep(2)

    with ThreadPoolExecutor(max_workers=2) as pool:
        answers = list(pool.map(lambda _: signed_in_with(rotating, old), range(2)))

    assert [a.state() for a in answers] == ["signed-in", "signed-in"]
    assert [len(session_cookies(a)) for a in answers] == [1, 1]
    ids = {new_cookie(a) for a in answers}
    assert len(ids) == 1 and None not in ids and old not in ids, ids
    (new,) = ids
    with open(session_file(rotating, old), "rb") as fh:
        pointer = decode_session(fh.read())
    assert list(pointer) == [RESERVED] and pointer[RESERVED]["moved_to"] == new
    assert session_data(rotating, new)["AuraApp"]["user"] == "demo"

    time.sleep(2)
    late = signed_in_with(rotating, old)
    assert late.state() == "signed-out"
    assert new_cookie(late) not in (None, old, new)
    assert not os.path.exists(session_file(rotating, old))
    assert signed_in_with(rotating, new).state() == "signed-in"
    assert rotating.php_errors() == "", "PHP logged: %s" % rotating.php_errors()
