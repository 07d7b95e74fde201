"""aura_session.lazy_lock=1 over HTTP: parallel requests carrying one session
cookie, on the files handler and on Redis, one test per rule of the contract
(docs/lazy-lock.md)."""

import os
import time

import pytest

from farm.farm import scan_keys
from stack import call, new_session, parallel

READERS = 8


def overlapping(answers):
    """Whether every request was inside its work at one moment."""
    return max(a["begin"] for a in answers) < min(a["end"] for a in answers)


def test_readers_run_at_the_same_time(stack, site):
    url = stack.urls[site]
    sid = new_session(url)
    results = parallel([(url, "read", sid, {"ms": 700})] * READERS)
    answers = [r[0] for r in results]
    assert all(a["n"] == 0 for a in answers)
    assert overlapping(answers)


def test_without_lazy_lock_readers_queue(stack):
    url = stack.urls["files-lazy0"]
    sid = new_session(url)
    answers = [r[0] for r in parallel([(url, "read", sid, {"ms": 200})] * 3)]
    assert not overlapping(answers)


def test_readers_do_not_wait_for_a_slow_writer(stack, site):
    url = stack.urls[site]
    sid = new_session(url)
    calls = [(url, "slow-write", sid, {"ms": 1500})] + [(url, "read", sid, {"ms": 100})] * 7
    results = parallel(calls, stagger=0.05)
    writer, readers = results[0][0], [r[0] for r in results[1:]]
    assert all(r["end"] < writer["end"] for r in readers)


def test_concurrent_writes_of_own_keys_are_all_kept(stack, site):
    url = stack.urls[site]
    sid = new_session(url)
    parallel([(url, "add", sid, {"i": i}) for i in range(50)])
    segment = call(url, "dump", sid)[0]["segment"]
    assert sorted(k for k in segment if k.startswith("k")) == sorted("k%d" % i for i in range(50))


def test_concurrent_increments_lose_nothing_silently(stack, site):
    url = stack.urls[site]
    sid = new_session(url)
    results = parallel([(url, "increment", sid, {"ms": 20})] * 50)
    conflicts = sum(1 for r in results if r[0].get("conflict"))
    n = call(url, "dump", sid)[0]["segment"]["n"]
    assert n + conflicts == 50
    assert n >= 1


def test_a_flash_is_taken_by_exactly_one_request(stack, site):
    url = stack.urls[site]
    sid = new_session(url)
    call(url, "set-flash", sid, v="hello")
    results = parallel([(url, "get-flash", sid, {"ms": 200})] * READERS)
    assert [r[0]["flash"] for r in results].count("hello") == 1


def test_writes_after_output_are_saved(stack, site):
    url = stack.urls[site]
    sid = new_session(url)
    call(url, "output-then-write", sid)
    assert call(url, "dump", sid)[0]["segment"]["late"] == 1


def test_csrf_token_of_one_request_is_valid_in_the_next(stack, site):
    url = stack.urls[site]
    sid = new_session(url)
    token = call(url, "csrf", sid)[0]["token"]
    assert call(url, "csrf", sid, v=token)[0]["valid"] is True


def test_a_read_only_request_refreshes_the_session_timestamp(stack, site):
    url = stack.urls[site]
    sid = new_session(url)
    call(url, "read", sid)  # the flash buckets settle: the next read changes no data
    if site.startswith("files"):
        path = os.path.join(stack.session_dirs[site], "sess_" + sid)
        old = time.time() - 3600
        os.utime(path, (old, old))
        call(url, "read", sid)
        assert os.path.getmtime(path) > old + 3000
    else:
        (key,) = scan_keys(stack.redis.port, "*" + sid)
        stack.redis.call("EXPIRE", key, 100)
        call(url, "read", sid)
        assert stack.redis.call("TTL", key) > 1000
