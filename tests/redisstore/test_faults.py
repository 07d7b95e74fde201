"""Process and server faults under aura_redis, over HTTP: a php-fpm worker
killed (SIGKILL) while it holds a session's lock in the middle of a save,
Redis restarted, or away for longer than the handler retries, under load
(AOF, fsync on every write), and a Cluster
failover (CLUSTER FAILOVER on a replica) under load. Whatever the fault:

- what was committed before it is still there;
- a session whose lock holder died is usable again once its lock expired
  (redis_lock_ttl, 2 s here), and the requests waiting for it then succeed;
- every request either succeeded and its write is in the store, or was
  answered with an error: no silent loss.

Each scenario adds its row to the results table before its assertions, so
the table also shows failing runs."""

import os
import signal
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

from farm.farm import wait_for
from lazylock.stack import request as send
from store import LOCK_TTL, LOCK_WAIT, Load, dump, note, outcome, start, summarize

# A request may run two cycles, plus scheduling on a busy 2-core machine.
SLACK = 1.5
# The pool has 8 workers: the victim, these writers, one to spare.
WRITERS = 6
# How long the writers queue behind the stalled victim before it is killed.
HOLD = 0.5


def stalled_pid(running, tag):
    """The pid the stall endpoint wrote once it held the lock."""
    path = os.path.join(running.marks, "stall-" + tag)
    return int(wait_for("stalled worker (%s)" % path, lambda: os.path.exists(path) and open(path).read(), 10))


def committed_keys(url, sid, count=4):
    for i in range(count):
        answer = send(url, "add", sid, i="c%d" % i)
        assert answer.ok, answer


def assert_committed_kept(segment, count=4):
    assert all(segment.get("kc%d" % i) == 1 for i in range(count)), segment


KILL_POINTS = [
    ("aura-lazy0-strict-shortlock", "session_write_close"),
    ("aura-lazy1-strict-shortlock", "session_start"),
    ("aura-lazy1-strict-shortlock", "session_write_close"),
]


@pytest.mark.parametrize("site, point", KILL_POINTS,
                         ids=["%s-%s" % (site.split("-")[1], point) for site, point in KILL_POINTS])
def test_a_worker_killed_holding_the_lock_frees_the_session_after_the_lock_ttl(fault_stack, table, site, point):
    """The victim stalls with the lock held (lazy_lock=0: before the save at
    commit(); lazy_lock=1: inside a write cycle, after session_start() or
    before session_write_close()) and is killed; the writers queued behind
    it get the session once the lock expired and all succeed."""
    url = fault_stack.urls[site]
    sid = start(url)
    committed_keys(url, sid)
    tag = uuid.uuid4().hex
    with ThreadPoolExecutor(WRITERS + 1) as pool:
        victim = pool.submit(send, url, "stall", sid, 30, tag=tag, at=point)
        pid = stalled_pid(fault_stack, tag)
        locked = time.monotonic()
        writers = [pool.submit(send, url, "add", sid, 30, i="w%d" % i) for i in range(WRITERS)]
        time.sleep(HOLD)
        os.kill(pid, signal.SIGKILL)
        victim = victim.result()
        writers = [f.result() for f in writers]
        usable = time.monotonic() - locked
    segment = dump(url, sid)
    outcomes = [outcome(victim, segment.get("victim") == tag, sid)] + [
        outcome(a, segment.get("kw%d" % i) == 1, sid) for i, a in enumerate(writers)]
    waited = max(a.seconds for a in writers)
    table.add("kill -9 holding the lock (%s)" % point, site, outcomes, usable,
              note("writers waited up to %.2f s" % waited, summarize([victim] + writers, outcomes)))

    assert_committed_kept(segment)
    assert not victim.ok, victim  # its worker died: nginx answers 502
    assert outcomes.count("silent") == 0, outcomes
    assert outcomes[1:] == ["ok"] * WRITERS, writers
    # the session was usable again once the dead holder's lock expired
    assert waited <= LOCK_TTL + SLACK, [a.seconds for a in writers]
    assert not fault_stack.store.locks()


def run_under_load(url, sessions, fault, before=1.0, after=1.5):
    """Load on the sessions; fault() after `before` seconds; `after` seconds
    more once it returned. Returns the Load and the monotonic times the
    fault began and ended."""
    with Load(url, sessions) as load:
        time.sleep(before)
        down = time.monotonic()
        fault()
        up = time.monotonic()
        time.sleep(after)
    return load, down, up


# (how Redis goes away, seconds it stays away): SIGTERM is Redis' clean
# shutdown, SIGKILL a crash (which loses no acknowledged write with
# appendfsync always), SIGSTOP a Redis that stops answering. A restart at
# once is shorter than the handler's retries (redis_timeout, 0.5 s here);
# an outage of 1.5 s is not, so requests in it must fail, visibly.
OUTAGES = [("SIGTERM", 0.0), ("SIGKILL", 0.0), ("SIGKILL", 1.5), ("SIGSTOP", 1.5)]


@pytest.mark.parametrize("how, seconds", OUTAGES, ids=["%s-%gs" % o for o in OUTAGES])
@pytest.mark.parametrize("site", ["aura-lazy0-strict-shortlock", "aura-lazy1-strict-shortlock"])
def test_a_redis_outage_under_load_loses_nothing_silently(fault_stack, table, site, how, seconds):
    url = fault_stack.urls[site]
    redis = fault_stack.redis
    sessions = [start(url) for _ in range(4)]
    for sid in sessions:
        committed_keys(url, sid, 1)

    def outage():
        if how == "SIGSTOP":
            redis.freeze()
            time.sleep(seconds)
            redis.thaw()
        else:
            redis.stop(getattr(signal, how))
            time.sleep(seconds)
            redis.start()  # the same port and AOF; waits until it answers

    load, down, up = run_under_load(url, sessions, outage)
    segments = {sid: dump(url, sid, LOCK_TTL + LOCK_WAIT) for sid in sessions}
    outcomes = load.classify(segments)
    answers = [a for _, _, a, _ in load.writes]
    what = "frozen" if how == "SIGSTOP" else "restart (%s)" % how
    table.add("Redis %s, away %.2f s, under load" % (what, up - down), site, outcomes, load.seconds,
              summarize(answers, outcomes))

    for sid in sessions:
        assert_committed_kept(segments[sid], 1)
    assert outcomes.count("silent") == 0, [w for w, o in zip(load.writes, outcomes) if o == "silent"][:5]
    # the traffic ran on both sides of the outage, and succeeded after it
    assert any(began + a.seconds < down and a.ok for _, _, a, began in load.writes)
    assert any(began > up and a.ok for _, _, a, began in load.writes), "nothing succeeded after the outage"
    if seconds:
        assert outcomes.count("error") > 0, "no request failed while Redis was away"


@pytest.mark.parametrize("site", ["auracluster-lazy0-strict-shortlock", "auracluster-lazy1-strict-shortlock"])
def test_a_cluster_failover_under_load_loses_nothing_silently(failover_stack, table, site):
    """CLUSTER FAILOVER on the replica of the master that holds the first
    session, while requests write to six sessions."""
    url = failover_stack.urls[site]
    cluster = failover_stack.cluster
    sessions = [start(url) for _ in range(6)]
    for sid in sessions:
        committed_keys(url, sid, 1)
    master = cluster.node_for_key("aura_sess:{%s}" % sessions[0])
    promoted = []
    load, down, up = run_under_load(url, sessions, lambda: promoted.append(cluster.failover(master)))
    segments = {sid: dump(url, sid) for sid in sessions}
    outcomes = load.classify(segments)
    answers = [a for _, _, a, _ in load.writes]
    table.add("Cluster failover under load", site, outcomes, load.seconds,
              note("failover took %.2f s" % (up - down), summarize(answers, outcomes)))

    assert cluster.node_for_key("aura_sess:{%s}" % sessions[0]) is promoted[0]
    for sid in sessions:
        assert_committed_kept(segments[sid], 1)
    assert outcomes.count("silent") == 0, [w for w, o in zip(load.writes, outcomes) if o == "silent"][:5]
    moved = [a for sid, _, a, began in load.writes if sid == sessions[0] and began > up]
    assert any(a.ok for a in moved), "the failed-over session took no write afterwards: %r" % moved[:5]
