"""The key ring over HTTP, php-fpm restarted with each new key file: a new
key first keeps the sessions sealed under the old one readable and seals
them again under the new key at their next request, a read-only one
included; once the old key is removed, the sessions still under it start
empty with getExpiredReason() 'unknown_key'; a key file that cannot be
used stores nothing and serves no session. The tests run in this order,
each one's ring after the one before."""

import pytest

from client import call, ok
from sealed_farm import key_id, new_key, sealed_key_id, short_hash, Store

OLD = new_key()
NEW = new_key()


@pytest.fixture(scope="module")
def sessions(farm):
    """Two sessions per store sealed under OLD alone: {site: [(id, user), (id, user)]}."""
    farm.set_ring([OLD])
    made = {}
    for site in farm.sites:
        made[site] = []
        for _ in range(2):
            user = "ada-" + new_key()[:8].replace("/", "x").replace("+", "y")
            answer = ok(farm.urls[site], "login", v=user)
            ok(farm.urls[site], "get", answer.id)    # the bookkeeping settles
            assert sealed_key_id(Store(farm, site).raw(answer.id)) == key_id(OLD)
            made[site].append((answer.id, user))
    return made


def test_a_new_key_first_opens_the_old_sessions_and_reseals_them(farm, sessions):
    farm.set_ring([NEW, OLD])
    for site in farm.sites:
        store = Store(farm, site)
        sid, user = sessions[site][0]
        answer = ok(farm.urls[site], "get", sid)
        assert answer["user"] == user and answer["expired"] is None, (site, answer)
        resealed = store.raw(sid)
        assert sealed_key_id(resealed) == key_id(NEW), site
        # sealed under the current key, it is again stored as read
        assert ok(farm.urls[site], "get", sid)["user"] == user
        assert store.raw(sid) == resealed, site
        # the session not visited since is still under the old key
        other, _ = sessions[site][1]
        assert sealed_key_id(store.raw(other)) == key_id(OLD), site


def test_without_the_old_key_its_sessions_are_unknown_key(farm, sessions):
    farm.set_ring([NEW])
    for site in farm.sites:
        resealed, user = sessions[site][0]
        assert ok(farm.urls[site], "get", resealed)["user"] == user, site
        stale, _ = sessions[site][1]
        before = farm.php_errors()
        answer = ok(farm.urls[site], "get", stale)
        assert answer["user"] is None and answer["expired"] == "unknown_key", (site, answer)
        logged = farm.php_errors()[len(before):]
        assert short_hash(stale) in logged and "no longer holds" in logged and stale not in logged, logged


def test_an_unusable_key_file_stores_nothing(farm, sessions):
    start = len(farm.php_errors())
    farm.restart_fpm("not a key\n")
    try:
        for site in farm.sites:
            store = Store(farm, site)
            sid, user = sessions[site][0]
            before = store.raw(sid)
            answer = call(farm.urls[site], "set", sid, v="mallory")
            assert answer.status == 500, (site, answer)
            assert store.raw(sid) == before, site
            fresh = call(farm.urls[site], "set", None, v="mallory")
            assert fresh.status == 500 and not fresh.cookies, (site, fresh)
    finally:
        farm.set_ring([NEW])
    startup = open(farm.tmp + "/php-fpm.out").read()
    assert "aura_session.encryption_keys" in startup and "line 1 is not a key" in startup, startup[-2000:]
    logged = farm.php_errors()[start:]
    farm.excused.append((start, start + len(logged)))
    # each request failed in session_start(), which found no serializer
    errors = [line for line in logged.splitlines() if " PHP " in line]
    refused = 'Cannot find session serialization handler &quot;aura_encrypted&quot;'
    assert errors and all(refused in line for line in errors), logged
    # sessions work again under the usable ring
    for site in farm.sites:
        sid, user = sessions[site][0]
        assert ok(farm.urls[site], "get", sid)["user"] == user, site
