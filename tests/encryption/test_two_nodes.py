"""Two servers of a farm, each a php-fpm master with a key file of its own
holding the same ring, on the same stores: a session moves between them;
the ring is rotated one server after the other, in the two steps
docs/security.md gives, while clients keep writing on both, and nobody's
session is lost; a server that seals under a key the other one does not
hold yet signs users out, which is why there are two steps. The tests run
in this order, each one's rings after the one before."""

import threading
import time

import pytest

from client import call, marker, ok
from sealed_farm import key_id, new_key, sealed_key_id, Store

SESSIONS_PER_SITE = 2


@pytest.fixture(scope="module")
def nodes(farm):
    ring = [new_key()]
    a, b = farm.nodes[0], farm.second_node()
    a.set_ring(ring)
    b.set_ring(ring)
    return a, b


def test_a_session_moves_between_the_nodes(farm, nodes):
    a, b = nodes
    for site in farm.sites:
        user = marker()
        sid = ok(a.urls[site], "login", v=user).id
        assert ok(b.urls[site], "get", sid)["user"] == user, site
        ok(b.urls[site], "set", sid, v=user + "-b")
        answer = ok(a.urls[site], "get", sid)
        assert answer["user"] == user + "-b" and answer["expired"] is None, (site, answer)
        assert sealed_key_id(Store(farm, site).raw(sid)) == key_id(a.ring[0]), site


class Writers:
    """SESSIONS_PER_SITE sessions on every site, each written by a thread of
    its own, one increment after the other, on the two nodes in turn, until
    stop(). Each increment answered 200 without an expired reason counts;
    anything else is kept in `failures`."""

    def __init__(self, farm, a, b):
        self.farm = farm
        self.nodes = (a, b)
        self.done = threading.Event()
        self.failures = []
        self.sessions = []   # [site, id, increments acknowledged]
        for site in farm.sites:
            for _ in range(SESSIONS_PER_SITE):
                sid = ok(a.urls[site], "login", v="writer").id
                self.sessions.append([site, sid, 0])
        self.threads = [threading.Thread(target=self._write, args=(entry,)) for entry in self.sessions]
        for thread in self.threads:
            thread.start()

    def _write(self, entry):
        site, sid, _ = entry
        turn = 0
        while not self.done.is_set():
            node = self.nodes[turn % 2]
            turn += 1
            answer = call(node.urls[site], "increment", sid)
            if answer.status == 200 and answer["expired"] is None and not answer["conflict"]:
                entry[2] += 1
            else:
                self.failures.append((site, node.dir, answer))

    def stop(self):
        self.done.set()
        for thread in self.threads:
            thread.join(120)


def test_rolling_rotation_under_load_loses_nobody(farm, nodes):
    a, b = nodes
    old, new = a.ring[0], new_key()
    writers = Writers(farm, a, b)
    reloads = 0
    try:
        time.sleep(1)
        # Step 1: every server learns the new key (it opens, it does not seal
        # yet); step 2: every server seals with it.
        for ring in ([old, new], [new, old]):
            for node in (a, b):
                node.reload(ring)
                reloads += 1
                time.sleep(0.5)
        time.sleep(1)
    finally:
        writers.stop()
    print("%d sessions, %d increments acknowledged, %d failed, over %d reloads"
          % (len(writers.sessions), sum(n for _, _, n in writers.sessions), len(writers.failures), reloads))
    assert not writers.failures, writers.failures[:5]
    for site, sid, acknowledged in writers.sessions:
        assert acknowledged > 10, (site, acknowledged)
        for node in (a, b):
            answer = ok(node.urls[site], "count", sid)
            assert answer["n"] == acknowledged and answer["expired"] is None, (site, acknowledged, answer)
        assert sealed_key_id(Store(farm, site).raw(sid)) == key_id(new), site
    # Step 3, once no session is under the old key: it goes.
    for node in (a, b):
        node.reload([new])
    for site, sid, acknowledged in writers.sessions:
        for node in (a, b):
            assert ok(node.urls[site], "count", sid)["n"] == acknowledged, site


def test_sealing_under_a_key_the_other_node_lacks_signs_users_out(farm, nodes):
    """The one-step rotation on a farm: a new key first on one server while
    the other does not hold it yet."""
    a, b = nodes
    current, early = a.ring[0], new_key()
    a.reload([early, current])
    try:
        site = farm.sites[0]
        user = marker()
        sid = ok(a.urls[site], "login", v=user).id
        before = farm.php_errors()
        answer = ok(b.urls[site], "get", sid)
        farm.excused.append((len(before), len(farm.php_errors())))
        assert answer["user"] is None and answer["expired"] == "unknown_key", answer
        # b stored the session it started, empty: the user is signed out on a too
        assert ok(a.urls[site], "get", sid)["user"] is None
    finally:
        a.reload([current])
