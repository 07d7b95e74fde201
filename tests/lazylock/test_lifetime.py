"""Session lifetimes (docs/security.md) with aura_session.lazy_lock=1 over
HTTP: the checks run in the cycle that first reads the session, on the files
handler and on Redis."""

import os
import time

from farm.farm import scan_keys
from stack import call, new_session, parallel

READERS = 8


def stored(stack, handler, site, sid):
    """Whether the store still holds a session for sid."""
    if handler == "files":
        return os.path.exists(os.path.join(stack.session_dirs[site], "sess_" + sid))
    return bool(scan_keys(stack.redis.port, "*" + sid))


def test_an_idle_session_expires_in_the_read_cycle(stack, handler):
    site = handler + "-lazy1-idle"
    url = stack.urls[site]
    sid = new_session(url)
    time.sleep(3.2)
    answer = call(url, "read", sid)[0]
    assert answer["n"] is None
    assert answer["expired"] == "idle"
    assert answer["id"] != sid
    assert not stored(stack, handler, site, sid)
    # The id issued instead is an ordinary session that takes writes.
    new = answer["id"]
    call(url, "add", new, i=1)
    later = call(url, "dump", new)[0]
    assert later["segment"] == {"k1": 1} and later["expired"] is None and later["id"] == new


def test_readers_of_an_active_session_still_run_at_the_same_time(stack, handler):
    url = stack.urls[handler + "-lazy1-idle"]
    sid = new_session(url)
    answers = [r[0] for r in parallel([(url, "read", sid, {"ms": 700})] * READERS)]
    assert all(a["n"] == 0 and a["expired"] is None and a["id"] == sid for a in answers)
    assert max(a["begin"] for a in answers) < min(a["end"] for a in answers)


def test_concurrent_requests_with_a_due_id_share_one_rotation(stack, handler):
    site = handler + "-lazy1-rotate"
    url = stack.urls[site]
    sid = new_session(url)
    time.sleep(2.2)
    answers = [r[0] for r in parallel([(url, "read", sid, {"ms": 100})] * READERS)]
    new = {a["id"] for a in answers}
    assert len(new) == 1 and sid not in new
    assert all(a["n"] == 0 and a["expired"] is None for a in answers)
    # Within the grace window the old id is answered from the new session,
    # and a write through it lands there.
    (new,) = new
    again = call(url, "add", sid, i=2)[0]
    assert again["id"] == new and again["expired"] is None
    assert call(url, "dump", new)[0]["segment"] == {"n": 0, "k2": 1}
