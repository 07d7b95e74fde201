"""What the tests of the native Redis store share: the store's key layout
(read straight from Redis, not through the handler), requests in bursts,
and the outcome of every request, counted for the results table.

A request's outcome is one of:

- "ok": answered as a success, and its write is in the store;
- "conflict": answered with ConcurrentModification (lazy_lock=1);
- "error": answered with an error (an exception the app caught: 503; an
  uncaught one or a PHP fatal error: 500; a worker that died: 502; no
  answer at all);
- "silent": answered as a success, but its write is not in the store: a
  silent loss, which no scenario of aura_redis may have.
"""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

from farm.farm import RedisError, redis_call, scan_keys
from lazylock.stack import request

# The sites (tests/lazylock/stack.py names them) of each stack (conftest.py).
AURA_SITES = ["aura-lazy0", "aura-lazy1", "auracluster-lazy0", "auracluster-lazy1"]
PHPREDIS_SITES = ["redis-lazy0", "redis-nolock", "redis-lazy1", "redis-lazy1-unlocked",
                  "rediscluster-lazy0", "rediscluster-lazy1"]
FAULT_SITES = ["aura-lazy0-strict-shortlock", "aura-lazy1-strict-shortlock"]
FAILOVER_SITES = ["auracluster-lazy0-strict-shortlock", "auracluster-lazy1-strict-shortlock"]
# stack.AURA_OPTIONS["shortlock"], in seconds
LOCK_TTL = 2.0
LOCK_WAIT = 4.0

PREFIX = "aura_sess:"
RETIRED = "Aura\\Session\\Exception\\SessionRetired"


def session_key(sid):
    return "%s{%s}" % (PREFIX, sid)


def lock_key(sid):
    return session_key(sid) + ":lock"


class Store:
    """The Redis (a RedisNode) or the Cluster (a RedisCluster) behind a site,
    read directly."""

    def __init__(self, node=None, cluster=None):
        self.node = node
        self.cluster = cluster

    def call(self, key, *args):
        if self.node:
            return redis_call(self.node.port, *args)
        # after a failover a node may still redirect for a moment
        for _ in range(50):
            try:
                return self.cluster.node_for_key(key).call(*args)
            except RedisError as e:
                if not str(e).startswith(("MOVED", "TRYAGAIN", "CLUSTERDOWN")):
                    raise
                time.sleep(0.1)
        raise RuntimeError("the cluster kept redirecting %s" % key)

    def session(self, sid):
        """The fields of the session's hash ({} when there is no key)."""
        flat = self.call(session_key(sid), "HGETALL", session_key(sid)) or []
        return {flat[i].decode(): flat[i + 1] for i in range(0, len(flat), 2)}

    def pttl(self, sid):
        return self.call(session_key(sid), "PTTL", session_key(sid))

    def locks(self):
        """The lock keys left in the store."""
        pattern = PREFIX + "*:lock"
        if self.node:
            return scan_keys(self.node.port, pattern)
        return self.cluster.keys(pattern)

    def hold_lock(self, sid, ms):
        """Takes the session's lock as a holder that never releases would."""
        key = lock_key(sid)
        return self.call(key, "SET", key, "held-by-the-test", "PX", ms, "NX")

    def drop_lock(self, sid):
        return self.call(lock_key(sid), "DEL", lock_key(sid))


def data_has(fields, key):
    """Whether the serialized session data (field d) holds an array key
    named key (the php serializer writes it as s:LEN:"KEY";)."""
    data = fields.get("d") or b""
    return ('s:%d:"%s";' % (len(key), key)).encode() in data


def destroyed(fields):
    """A destroyed session: no key at all, or a tombstone without data."""
    return not fields or ("x" in fields and not fields.get("d"))


def burst(calls, stagger=0.0, timeout=60):
    """Runs the (url, op, session_id, params) requests at once, each in its
    own thread (started `stagger` seconds apart); returns their Answers in
    order and the seconds the burst took."""
    began = time.monotonic()
    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        futures = []
        for url, op, sid, params in calls:
            futures.append(pool.submit(request, url, op, sid, timeout, **params))
            if stagger:
                time.sleep(stagger)
        answers = [f.result() for f in futures]
    return answers, time.monotonic() - began


def start(url):
    answer = request(url, "start")
    assert answer.ok, answer
    return answer.json["id"]


def dump(url, sid, seconds=10.0):
    """The session's segment as the app reads it, asked again while the
    store is not answering yet (a restart, a lock left by a dead holder)."""
    deadline = time.monotonic() + seconds
    while True:
        answer = request(url, "dump", sid)
        if answer.ok:
            assert answer.json["id"] == sid, "the session %s came back as %r" % (sid, answer)
            return answer.json["segment"] or {}
        if time.monotonic() > deadline:
            raise AssertionError("the session %s cannot be read: %r" % (sid, answer))
        time.sleep(0.2)


def outcome(answer, stored, sid=None):
    """The outcome of one write request: stored tells whether its write is
    in the store; a success that went on with another session id than sid
    wrote elsewhere, which counts as not stored."""
    if answer.ok:
        if stored and (sid is None or answer.json.get("id") == sid):
            return "ok"
        return "silent"
    if answer.json and answer.json.get("conflict"):
        return "conflict"
    return "error"


def error_name(answer):
    """The exception class the app reported, the HTTP status otherwise."""
    if answer.json and answer.json.get("error"):
        return answer.json["error"]
    return "HTTP %d" % answer.status if answer.status else "no answer"


def summarize(answers, outcomes):
    """A note naming the failures seen, by kind, e.g. "3 x HTTP 500"."""
    kinds = {}
    for answer, result in zip(answers, outcomes):
        if result == "conflict":
            name = "ConcurrentModification"
        elif result == "error":
            name = error_name(answer)
        else:
            continue
        kinds[name] = kinds.get(name, 0) + 1
    return ", ".join("%d x %s" % (n, name.rsplit("\\", 1)[-1]) for name, n in sorted(kinds.items()))


def note(*parts):
    """The non-empty parts, joined for the table's note column."""
    return "; ".join(part for part in parts if part)


class Load:
    """Clients that each send `add` requests (a key of their own each time)
    to the sessions in turn until stop(), every one recorded as (session
    id, key written, Answer, monotonic time it began)."""

    def __init__(self, url, sessions, clients=7, seconds=30.0):
        self.url = url
        self.sessions = sessions
        self.clients = clients
        self.deadline = time.monotonic() + seconds
        self.writes = []
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._pool = None
        self._futures = []
        self.began = self.seconds = None

    def __enter__(self):
        self.began = time.monotonic()
        self._pool = ThreadPoolExecutor(self.clients)
        self._futures = [self._pool.submit(self._client, t) for t in range(self.clients)]
        return self

    def _client(self, t):
        j = 0
        while not self._stop.is_set() and time.monotonic() < self.deadline:
            sid = self.sessions[(t + j) % len(self.sessions)]
            began = time.monotonic()
            answer = request(self.url, "add", sid, 20, i="L%d_%d" % (t, j))
            with self._lock:
                self.writes.append((sid, "kL%d_%d" % (t, j), answer, began))
            j += 1

    def stop(self):
        self._stop.set()
        for f in self._futures:
            f.result()
        self._pool.shutdown()
        self.seconds = time.monotonic() - self.began

    def __exit__(self, *exc):
        self.stop()
        return False

    def classify(self, segments):
        """The outcome of every write, given each session's segment."""
        return [outcome(answer, key in segments[sid], sid) for sid, key, answer, _ in self.writes]
