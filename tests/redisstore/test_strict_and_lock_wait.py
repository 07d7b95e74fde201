"""Strict mode and the lock wait of aura_redis: an id the store does not
hold (made up, or destroyed) is never adopted, and a request that cannot
get the session's lock within redis_lock_wait (4 s here) fails instead of
running unlocked."""

import time
import uuid

import pytest

from lazylock.stack import request as send
from store import FAULT_SITES, LOCK_WAIT, dump, note, outcome, start, summarize

# scheduling on a busy 2-core machine, and the handler's poll interval
SLACK = 1.5


@pytest.mark.parametrize("site", FAULT_SITES)
def test_an_unknown_id_is_not_adopted(fault_stack, table, site):
    url = fault_stack.urls[site]
    made_up = uuid.uuid4().hex[:26]
    began = time.monotonic()
    answer = send(url, "add", made_up, i="x")
    issued = answer.json and answer.json.get("id")
    outcomes = [outcome(answer, issued and dump(url, issued).get("kx") == 1)]
    table.add("strict mode: a made-up id", site, outcomes, time.monotonic() - began,
              note("given a new id" if issued and issued != made_up else "", summarize([answer], outcomes)))
    assert answer.ok, answer
    assert issued != made_up and made_up not in answer.cookies, answer
    assert fault_stack.store.session(made_up) == {}, "the made-up id was stored"
    assert dump(url, issued).get("kx") == 1


@pytest.mark.parametrize("site", FAULT_SITES)
def test_a_destroyed_id_is_not_adopted_again(fault_stack, table, site):
    url = fault_stack.urls[site]
    sid = start(url)
    assert send(url, "add", sid, i="x").ok
    destroy = send(url, "destroy", sid)
    assert destroy.ok, destroy
    began = time.monotonic()
    answer = send(url, "add", sid, i="y")
    issued = answer.json and answer.json.get("id")
    outcomes = [outcome(answer, issued and dump(url, issued).get("ky") == 1)]
    table.add("strict mode: a destroyed id", site, outcomes, time.monotonic() - began,
              summarize([answer], outcomes))
    assert answer.ok and issued != sid, answer
    fields = fault_stack.store.session(sid)
    assert not fields.get("d"), "the destroyed session holds data again: %r" % fields
    assert dump(url, issued) == {"ky": 1}


@pytest.mark.parametrize("site, op", [("aura-lazy0-strict-shortlock", "read"),
                                      ("aura-lazy0-strict-shortlock", "add"),
                                      ("aura-lazy1-strict-shortlock", "add")])
def test_a_lock_never_released_fails_the_waiter_after_the_lock_wait(fault_stack, table, site, op):
    """A holder that never releases (the lock key set by the test, for a
    minute): the waiter is answered with an error after about
    redis_lock_wait, and its write is not stored. lazy_lock=0 takes the lock
    at session_start(), so even a read fails; lazy_lock=1 reads without it
    and fails at the write."""
    url = fault_stack.urls[site]
    store = fault_stack.store
    sid = start(url)
    assert send(url, "add", sid, i="before").ok
    assert store.hold_lock(sid, 60000) == "OK"
    try:
        answer = send(url, op, sid, 30, i="held")
        fields = store.session(sid)
    finally:
        store.drop_lock(sid)
    segment = dump(url, sid)
    outcomes = [outcome(answer, segment.get("kheld") == 1 if op == "add" else False, sid)]
    table.add("lock held forever: %s" % op, site, outcomes, answer.seconds,
              summarize([answer], outcomes))
    assert not answer.ok, "ran without the lock: %r" % answer
    assert LOCK_WAIT - 0.5 <= answer.seconds <= LOCK_WAIT + SLACK, answer
    assert "kheld" not in segment and segment.get("kbefore") == 1, segment
    assert fields.get("d") and b"held" not in fields["d"], fields
    # the session works again once the lock is gone
    assert send(url, "add", sid, i="after").ok
    assert dump(url, sid).get("kafter") == 1
    assert not store.locks()
