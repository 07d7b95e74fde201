"""session.serialize_handler=aura_encrypted over HTTP on every store: what
the store holds is sealed, the application sees its values, and the
session module's own features (strict mode, read_and_close, lazy_write,
regenerateId(), aura_session.lazy_lock and id rotation) behave as they do
with php_serialize. docs/security.md describes the feature."""

import os
import re
import time

from client import call, marker, ok, parallel
from sealed_farm import LOCKING, PREFIX, short_hash

SEALED = re.compile(rb"aura1:[A-Za-z0-9_-]+")


def signed_in(url, **params):
    """A new session whose user is a fresh marker: (id, user)."""
    user = marker()
    answer = ok(url, "login", v=user, **params)
    assert answer.id and answer["expired"] is None, answer
    return answer.id, user


def assert_sealed(raw, *plain):
    assert raw is not None, "nothing stored"
    assert SEALED.fullmatch(raw), raw[:80]
    for value in plain:
        assert value.encode() not in raw


def test_set_in_one_request_read_in_the_next(farm, site, store):
    url = farm.urls[site]
    sid, user = signed_in(url)
    answer = ok(url, "get", sid)
    assert answer["user"] == user and answer["expired"] is None and answer["handler"] == "aura_encrypted"
    raw = store.raw(sid)
    assert_sealed(raw, user, "user", sid)


def test_the_control_stores_plain_text(farm, site, store):
    """The same request with php_serialize: the store then holds the value
    readable, so the test above can tell the difference."""
    url = farm.urls[site]
    sid, user = signed_in(url, plain=1)
    assert ok(url, "get", sid, plain=1)["user"] == user
    raw = store.raw(sid)
    assert raw is not None and not raw.startswith(PREFIX) and user.encode() in raw


def test_regenerate_id_keeps_the_data_readable(farm, site, store):
    url = farm.urls[site]
    sid, user = signed_in(url)
    answer = ok(url, "regenerate", sid)
    new = answer.id
    assert new != sid and answer["user"] == user
    assert ok(url, "get", new)["user"] == user
    assert_sealed(store.raw(new), user)


def test_rotated_id_keeps_the_data_readable(farm, site, store):
    url = farm.urls[site]
    sid, user = signed_in(url, rotate=1)
    time.sleep(2.2)   # older than rotate_interval (1 s) in whole seconds
    answer = ok(url, "get", sid, rotate=1)
    assert answer["user"] == user and answer["expired"] is None, answer
    new = answer.id
    assert new != sid, "the id was not rotated: %r" % answer
    assert ok(url, "get", new, rotate=1)["user"] == user
    assert_sealed(store.raw(new), user)


def test_lazy_lock_parallel_increments(farm, site, store):
    """aura_session.lazy_lock=1: ten parallel increments of one value. On a
    locking store each one is kept or reported as a conflict; on the others
    (docs/lazy-lock.md: no guarantee beyond the handler's own) writes can be
    lost, but every request still opens what it reads."""
    url = farm.urls[site]
    sid, _ = signed_in(url, lazy=1)
    answers = parallel(url, "increment", sid, 10, lazy=1, ms=100)
    assert all(a.status == 200 and a.json and a["expired"] is None for a in answers), answers
    conflicts = sum(1 for a in answers if a["conflict"])
    final = ok(url, "count", sid, lazy=1)
    n = final["n"]
    assert final["expired"] is None and n >= 1, final
    if site in LOCKING:
        assert n + conflicts == 10, (n, conflicts)
        # lazy_lock read them all at once: some found their read outdated
        assert conflicts >= 1, (n, conflicts)
    else:
        assert n + conflicts <= 10, (n, conflicts)
    assert_sealed(store.raw(sid))


def test_strict_mode_as_with_php_serialize(farm, site, store):
    """An id the store does not know is replaced, or adopted, with
    aura_encrypted exactly as with php_serialize: strict mode is the save
    handler's (phpredis 5.3's rediscluster handler ignores it, 6.x's
    honours it), never the serializer's."""
    url = farm.urls[site]
    adopted = {}
    for control in ({}, {"plain": 1}):
        forged = os.urandom(16).hex()
        answer = ok(url, "set", forged, v=marker(), **control)
        adopted[bool(control)] = answer.id == forged
        if not control:
            assert_sealed(store.raw(answer.id))
    assert adopted[False] == adopted[True], adopted
    if site != "cluster":
        assert adopted == {False: False, True: False}, adopted


def test_read_and_close_reads_and_does_not_write(farm, site, store):
    url = farm.urls[site]
    sid, user = signed_in(url)
    ok(url, "get", sid)
    before = store.raw(sid)
    aged = store.age_timestamp(sid)
    answer = ok(url, "read-and-close", sid)
    assert answer["started"] is True and answer["active"] is False and answer["user"] == user, answer
    assert store.raw(sid) == before
    if aged:
        # neither written nor touched: the module closed it without a save
        assert not store.touched(sid), "read_and_close refreshed the session"


def test_lazy_write_stores_an_unchanged_session_as_read(farm, site, store):
    url = farm.urls[site]
    sid, user = signed_in(url)
    ok(url, "get", sid)            # the lifetimes' and flash's bookkeeping settles
    before = store.raw(sid)
    aged = store.age_timestamp(sid)
    assert ok(url, "get", sid)["user"] == user
    assert store.raw(sid) == before, "a read-only request rewrote the session"
    if aged:
        assert store.touched(sid), "the store's timestamp was not refreshed"
    if site == "user":
        calls = open(os.path.join(farm.session_dirs["user"], "calls.log")).read().splitlines()
        assert calls[-1] == "touch " + sid, calls[-3:]
    # a request that changes the data stores a new sealed value
    ok(url, "set", sid, v=marker())
    assert store.raw(sid) != before


def test_value_copied_to_another_id_is_refused(farm, site, store):
    url = farm.urls[site]
    victim, user = signed_in(url)
    thief = ok(url, "set", None, v=marker()).id
    assert thief and thief != victim
    store.copy(victim, thief)
    log_before = farm.php_errors()
    answer = ok(url, "get", thief)
    assert answer["user"] is None and answer["expired"] == "tampered", answer
    new_lines = farm.php_errors()[len(log_before):]
    warnings = [line for line in new_lines.splitlines() if "aura_session" in line]
    assert len(warnings) == 1, new_lines
    assert short_hash(thief) in warnings[0] and "does not authenticate" in warnings[0], warnings
    assert thief not in new_lines and victim not in new_lines
    # the victim's session is untouched
    assert ok(url, "get", victim)["user"] == user
