"""Races aura_redis settles in the store: a sign-out (destroy()) while
other requests of the session are under way, and a holder whose lock
expired before it wrote (fencing). Strict mode and the short lock of
stack.AURA_OPTIONS["shortlock"] (a lock expires after 2 s)."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from lazylock.stack import request as send
from store import (LOCK_TTL, RETIRED, destroyed, dump, error_name, note, outcome, start,
                   summarize)

READERS = 6


def stack_of(request_, site):
    return request_.getfixturevalue("failover_stack" if site.startswith("auracluster") else "fault_stack")


def check_destroyed(running, url, sid):
    """The session stays destroyed: the store holds no data under its id,
    and a request carrying the old cookie is given a new, empty session."""
    fields = running.store.session(sid)
    assert destroyed(fields), "the destroyed session %s holds %r" % (sid, fields)
    after = send(url, "dump", sid)
    assert after.ok and after.json["id"] != sid, after
    assert not any(k.startswith("r") for k in after.json["segment"] or {}), after


@pytest.mark.parametrize("site", ["aura-lazy1-strict-shortlock", "auracluster-lazy1-strict-shortlock"])
def test_a_sign_out_during_parallel_requests_stays_signed_out_lazy1(request, table, site):
    """Readers read, one request destroys the session, then the readers
    write: none of them writes the session back; each gets SessionRetired."""
    running = stack_of(request, site)
    url = running.urls[site]
    sid = start(url)
    began = time.monotonic()
    with ThreadPoolExecutor(READERS) as pool:
        readers = [pool.submit(read_then_set, url, sid, i) for i in range(READERS)]
        time.sleep(0.5)
        destroy = send(url, "destroy", sid)
        readers = [f.result() for f in readers]
    seconds = time.monotonic() - began
    assert destroy.ok, destroy
    # a reader answered as a success wrote into a destroyed session
    outcomes = ["ok"] + ["silent" if a.ok else outcome(a, False) for a in readers]
    table.add("sign-out during %d readers" % READERS, site, outcomes, seconds,
              summarize([destroy] + readers, outcomes))
    assert [error_name(a) for a in readers] == [RETIRED] * READERS, readers
    check_destroyed(running, url, sid)


def read_then_set(url, sid, i, ms=1500):
    return send(url, "read-then-set", sid, read="n", key="r%d" % i, v="R", ms=ms)


def test_a_sign_out_during_queued_requests_stays_signed_out_lazy0(request, table):
    """lazy_lock=0: the readers hold the lock in turn; those before the
    destroy wrote before it, those after it are given a new session (strict
    mode), and the old id stays destroyed."""
    site = "aura-lazy0-strict-shortlock"
    running = stack_of(request, site)
    url = running.urls[site]
    sid = start(url)
    began = time.monotonic()
    with ThreadPoolExecutor(READERS) as pool:
        readers = [pool.submit(read_then_set, url, sid, i, 150) for i in range(READERS)]
        time.sleep(0.4)
        destroy = send(url, "destroy", sid)
        readers = [f.result() for f in readers]
    seconds = time.monotonic() - began
    assert destroy.ok, destroy
    # n is 0 in the session: a reader that saw none read after the destroy
    # (or it was refused: it read the tombstone and its write threw, HTTP 500)
    after = [(a.ok and a.json.get("seen") is None) or a.status == 500 for a in readers]
    outcomes = ["ok"]
    for i, a in enumerate(readers):
        if not a.ok:
            outcomes.append(outcome(a, False))
        elif not after[i]:  # wrote before the destroy, under the lock
            outcomes.append("ok" if a.json["id"] == sid else "silent")
        elif a.json["id"] == sid:  # wrote into the destroyed session
            outcomes.append("silent")
        else:  # given a new session (strict mode): its write is there
            outcomes.append(outcome(a, dump(url, a.json["id"]).get("r%d" % i) == "R"))
    table.add("sign-out during %d queued readers" % READERS, site, outcomes, seconds,
              note("%d read after the sign-out" % sum(after), summarize([destroy] + readers, outcomes)))
    assert any(after), "no reader came after the destroy: %r" % readers
    assert outcomes.count("silent") == 0, "written into the destroyed session: %r" % [
        a for a, o in zip(readers, outcomes[1:]) if o == "silent"]
    assert all(a.ok or a.status == 500 for a in readers), readers
    check_destroyed(running, url, sid)


def outlive_the_lock(url, sid, op, **params):
    """A reads (taking the lock) and works longer than the lock lives; B
    sends op once A's lock expired. Answers (A, B, seconds)."""
    began = time.monotonic()
    with ThreadPoolExecutor(1) as pool:
        a = pool.submit(read_then_set, url, sid, 0, int((LOCK_TTL + 1.5) * 1000))
        time.sleep(LOCK_TTL + 0.5)
        b = send(url, op, sid, **params)
        a = a.result()
    return a, b, time.monotonic() - began


@pytest.mark.parametrize("site", ["aura-lazy0-strict-shortlock", "auracluster-lazy0-strict-shortlock"])
def test_a_holder_whose_lock_expired_cannot_write_back_a_destroyed_session(request, table, site):
    """lazy_lock=0: A reads (lock taken) and works longer than the lock
    lives; B destroys the session once A's lock expired; A's write at the
    end of its request is refused (an error, never a success), and the
    session stays destroyed."""
    running = stack_of(request, site)
    url = running.urls[site]
    sid = start(url)
    a, b, seconds = outlive_the_lock(url, sid, "destroy")
    outcomes = ["ok" if b.ok else outcome(b, False), "silent" if a.ok else outcome(a, False)]
    table.add("lock expired, then sign-out, then the holder writes", site, outcomes, seconds,
              note("destroy waited %.2f s" % b.seconds, summarize([b, a], outcomes)))
    assert b.ok and b.seconds < 1.0, b  # the expired lock did not hold B up
    assert not a.ok, "the holder's write was answered as a success: %r" % a
    check_destroyed(running, url, sid)


@pytest.mark.parametrize("site", ["aura-lazy0-strict-shortlock", "auracluster-lazy0-strict-shortlock"])
def test_a_holder_whose_lock_expired_cannot_overwrite_a_newer_write(request, table, site):
    """lazy_lock=0: A reads (lock taken) and works longer than the lock
    lives; B writes once A's lock expired; A's write is refused (fencing:
    the version and the lock token changed) and B's write is kept."""
    running = stack_of(request, site)
    url = running.urls[site]
    sid = start(url)
    a, b, seconds = outlive_the_lock(url, sid, "add", i="b")
    segment = dump(url, sid)
    outcomes = [outcome(b, segment.get("kb") == 1, sid), outcome(a, segment.get("r0") == "R", sid)]
    table.add("lock expired, then a newer write, then the holder writes", site, outcomes, seconds,
              note("B waited %.2f s" % b.seconds, summarize([b, a], outcomes)))
    assert outcomes[0] == "ok" and b.seconds < 1.0, b
    assert not a.ok, "the holder overwrote a newer write, answered %r; stored %r" % (a, segment)
    assert segment.get("kb") == 1 and "r0" not in segment, segment


def test_a_stalled_write_cycle_cannot_overwrite_a_newer_write_lazy1(request, table):
    """lazy_lock=1: a write cycle stalls holding the lock (before its
    session_write_close()) longer than the lock lives; a writer gets the
    lock once it expired and writes; the stalled cycle's write is then
    refused. (The stall endpoint sleeps 10 s.)"""
    site = "aura-lazy1-strict-shortlock"
    running = stack_of(request, site)
    url = running.urls[site]
    sid = start(url)
    began = time.monotonic()
    with ThreadPoolExecutor(1) as pool:
        victim = pool.submit(send, url, "stall", sid, 30, tag="fence-%s" % sid, at="session_write_close")
        time.sleep(0.5)
        b = send(url, "add", sid, i="b")
        victim = victim.result()
    seconds = time.monotonic() - began
    segment = dump(url, sid)
    outcomes = [outcome(b, segment.get("kb") == 1, sid), outcome(victim, segment.get("victim"), sid)]
    table.add("write cycle stalled past the lock TTL", site, outcomes, seconds,
              note("B waited %.2f s" % b.seconds, summarize([b, victim], outcomes)))
    assert outcomes[0] == "ok" and b.seconds < LOCK_TTL + 1.5, b
    assert not victim.ok and "victim" not in segment, (victim, segment)


@pytest.mark.parametrize("site", ["aura-lazy1-strict-shortlock", "auracluster-lazy1-strict-shortlock"])
def test_reads_beside_a_busy_writer_never_conflict(request, table, site):
    """lazy_lock=1: a request that only reads, while another request of the
    session writes without pause. A read's start writes when it moves the
    flashes a write left, and loses races to the writer's commits; it runs
    again (finally under the lock) and never throws."""
    running = stack_of(request, site)
    url = running.urls[site]
    sid = start(url)
    stop = threading.Event()
    writes = []

    def writer():
        i = 0
        while not stop.is_set():
            writes.append(send(url, "add", sid, i=i))
            i += 1

    began = time.monotonic()
    thread = threading.Thread(target=writer)
    thread.start()
    try:
        reads = [send(url, "read", sid) for _ in range(200)]
    finally:
        stop.set()
        thread.join()
    seconds = time.monotonic() - began
    outcomes = [outcome(a, True) for a in reads]
    table.add("200 reads beside a busy writer (lazy_lock=1)", site, outcomes, seconds,
              note("%d writes meanwhile" % len(writes), summarize(reads, outcomes)))
    assert all(a.ok for a in reads), [a for a in reads if not a.ok][:3]
    assert len(writes) >= 20 and all(a.ok for a in writes), [a for a in writes if not a.ok][:3]
