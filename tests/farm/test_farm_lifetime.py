"""Server-enforced session lifetimes across the farm's two app nodes (the
`lifetimes` profile of tests/farm/farm.py: the standalone Redis with
phpredis locking, aura_session.idle_timeout=2, rotate_interval=1,
rotate_grace=2): what one node decides about a session, the other node
sees, since the times travel in the session data itself."""

import time

from client import Client, login
from common.app_http import decode_session

PROFILE = "lifetimes"
PREFIX = "PHPREDIS_SESSION:"
RESERVED = "Aura\\Session\\Lifetime"


def stored(farm, sid):
    raw = farm.redis.call("GET", PREFIX + sid)
    return None if raw is None else decode_session(raw)


def next_second():
    """Sleeps to just after the start of the next second (stored times are whole seconds)."""
    time.sleep(1.02 - time.time() % 1)


def test_session_expired_on_one_node_is_expired_on_the_other(farm, measured):
    a, b = farm.a.url(PROFILE), farm.b.url(PROFILE)
    next_second()
    c, _ = login(a)
    sid = c.sid
    assert stored(farm, sid)["AuraApp"]["user"] == "demo"
    time.sleep(3)
    page = c.get("/", base=b)
    assert page.status == 200 and page.state() == "signed-out", "B kept an idle session: %r" % page
    assert c.sid and c.sid != sid, "B issued no new id"
    assert stored(farm, sid) is None, "the expired session is still in Redis"
    stale = Client(a, sid).get("/")
    assert stale.status == 200 and stale.state() == "signed-out", "A still knows the expired id"
    measured.say("lifetimes: a session idle 3 s (idle_timeout=2) ended on node B; "
                 "node A then opened an empty session for its id")


def test_rotation_on_one_node_is_followed_on_the_other(farm, measured):
    a, b = farm.a.url(PROFILE), farm.b.url(PROFILE)
    next_second()
    c, _ = login(a)
    old = c.sid
    time.sleep(2)
    page = c.get("/account", base=a)
    new = c.sid

    assert page.user() == "demo" and new != old, "A did not rotate: %r" % page
    assert list(stored(farm, old)) == [RESERVED] and stored(farm, old)[RESERVED]["moved_to"] == new
    late = Client(b, old)
    page = late.get("/account")
    assert page.status == 200 and page.user() == "demo", "B did not follow the rotated id: %r" % page
    assert late.sid == new, "B answered the old id without the new cookie"
    measured.say("lifetimes: an id rotated on node A was answered on node B from the new session, "
                 "with the new cookie")
