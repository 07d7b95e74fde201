"""What aura_redis keeps in Redis (the layout its documentation gives):
each session is a hash at aura_sess:{ID} with the serialized data in field
d and a version in field v that every write increments, living
session.gc_maxlifetime (1440 s by default); its lock, aura_sess:{ID}:lock,
is gone between requests; a destroyed session leaves a tombstone (field x)
that expires."""

import pytest

from lazylock.stack import request as send
from store import AURA_SITES, data_has, start

GC_MAXLIFETIME_MS = 1440 * 1000


@pytest.mark.parametrize("site", AURA_SITES)
def test_the_session_is_a_versioned_hash_with_a_ttl(stack, aura, site):
    url = stack.urls[site]
    store = stack.store[site.split("-")[0]]
    sid = start(url)
    first = store.session(sid)
    assert set(first) >= {"d", "v"} and "x" not in first, first
    assert data_has(first, "n"), first
    assert 0 < store.pttl(sid) <= GC_MAXLIFETIME_MS
    assert send(url, "add", sid, i="1").ok
    second = store.session(sid)
    assert data_has(second, "k1"), second
    assert int(second["v"]) > int(first["v"]), (first, second)
    assert not store.locks()


@pytest.mark.parametrize("site", AURA_SITES)
def test_a_destroyed_session_leaves_an_expiring_tombstone(stack, aura, site):
    url = stack.urls[site]
    store = stack.store[site.split("-")[0]]
    sid = start(url)
    assert send(url, "destroy", sid).ok
    fields = store.session(sid)
    assert "x" in fields and not fields.get("d"), fields
    assert 0 < store.pttl(sid) <= GC_MAXLIFETIME_MS
