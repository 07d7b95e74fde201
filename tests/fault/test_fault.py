"""Fault injection: a save handler that fails at each step, driven through
every Aura API call, with aura_session.lazy_lock 0 and 1 and the session
lifetimes off and on.

A case is one request: one php-cgi process (so a crash or an exit() is
seen from outside, and the response's Set-Cookie is read as a browser reads
it: the id the client holds afterwards is the last session cookie the
response set, or the one it came with). The session store holds a seeded
session (app.committed
= "c0", a flash for the next request, a CSRF token, and with lifetimes on
times that make this request rotate the id); the request carries its id,
reads through a segment ("pre"), runs the operation under test ("op") and
writes once more ("post"). The save handler (case.php, handler.php) wraps
a store - our own user-level store, PHP's files handler or phpredis - and
at one planned call (method x call number) returns false, throws, stalls
30 ms, calls exit() or raises a fatal error. The plans of a group are
found by running it once without a fault and counting the calls.

After the process ends the store is read back as the client's next request
would see it (following a rotated id's forward within its grace window, and
taking back a move that stopped with the data still in the old id); when
that view says the committed value is gone, a real next request through the
extension, carrying the client's cookie, has the last word. These invariants
are checked:

no-crash
    The process was not killed by a signal, printed no Rust panic and no
    heap corruption, and did not time out. A crash is a lost worker in
    php-fpm, and a memory error behind it may be exploitable (finding 1).
died-only-of-the-fault
    A step that did not finish was cut short by the injected exit() or
    fatal error, not by anything else.
lock-released-after-call (lazy_lock=1)
    When an API call returns or throws, PHP's session is closed, the
    handler is outside its open/read..close cycle and the store's lock is
    free. Holding it longer is what lazy_lock exists to avoid, and a lock
    left held makes every other request of the user wait (finding 4).
lock-released-after-request (every mode)
    After the process ends no store lock is left: our store's lock file and
    phpredis' `_LOCK` key outlive a process that does not release them.
store-decodable
    Every stored record is valid serialize() data.
failed-write-not-saved (every mode)
    A write that threw (or returned false where false is its verdict) is
    not in the store afterwards, under any id: neither written by its own
    cycle nor carried into the store by a later cycle or the end of the
    request. Otherwise a caller told "nothing was written" finds it written
    (finding 4).
returned-write-landed (lazy_lock=1)
    A write that returned normally is in the session the client holds at
    the end of the request, even when a later step died: lazy_lock
    promises a write is durable when the call returns (docs/lazy-lock.md),
    and a write that did not land must be an exception (findings 2, 3, 5).
retired-id-write-throws (lazy_lock=1)
    A write whose cycle finds its id gone from the store (validateId() says
    no: another request's regenerateId() or destroy() retired it, after this
    request read the session) throws, writes nothing and sends no cookie for
    an id strict mode made up (finding 3).
committed-data-readable (lazy_lock=1 or a lifetime on)
    The committed value is readable from the id the client holds at the
    end (the seeded id, or the id the request moved it to), unless the
    operation removed it as asked. A store failure may fail a request; it
    must not destroy the session, nor strand it under an id the client no
    longer sends (finding 8). Not checked when validateId() said the id does
    not exist at the request's first start: a new, empty session is then
    the right answer.
same-as-library (lazy_lock=0, lifetimes off; needs AURA_REFERENCE_SRC)
    The default mode is the PHP library's: the same case is run against the
    library (without the extension), and every write the extension lost
    silently, and every loss of the committed value, must also happen
    with the library. The extension may report a failure the library hides
    (docs/guarantees.md lists where it throws), never the reverse.

Each check can fail: test_checks_can_fail runs deliberately broken handlers
(the extra kinds at the end of FaultHandler::call() in handler.php: a
close() that keeps the lock, a write() that reports success and writes
nothing, one that writes and then throws, a read() that forgets the data, a
write() of corrupt data, a process killed by SIGSEGV, a write() that lies
only when the extension is loaded) and expects each check to report it;
test_checks_without_a_broken_handler_can_fail feeds the two checks no
handler can trip on its own (retired-id-write-throws, and the library
comparison of the committed value) runs that break them; and
test_valgrind_reader_reports does the same for the valgrind log reader.

Environment: FAULT_FULL=1 runs every fault point and kind and the "stamp"
lifetime (the default run caps the plans per group); FAULT_JOBS processes in
parallel (default: CPU count); FAULT_REPORT=path writes every violation as
JSON; FAULT_GROUPS=regex selects groups by name; FAULT_VALGRIND=1 adds
test_valgrind_subset (FAULT_VALGRIND=only runs just it): a fixed handful of cases (faults inside cycles, in a
rotation, fatal errors and exit() inside the handler) with the extension
under valgrind memcheck, judged by scripts/memcheck.sh's rules.
"""

import dataclasses
import os
import re
import shutil
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from fault import driver as d
from fault import valgrind

FULL = os.environ.get("FAULT_FULL") == "1"
JOBS = int(os.environ.get("FAULT_JOBS") or os.cpu_count() or 2)
GROUP_FILTER = re.compile(os.environ.get("FAULT_GROUPS", ""))
# FAULT_VALGRIND=1 adds the valgrind subset to the run; "only" runs just it.
VALGRIND = os.environ.get("FAULT_VALGRIND", "0")

BACKENDS = ["user", "files", "redis", "aura"]
LIFETIMES = ["off", "rotate", "stamp"] if FULL else ["off", "rotate"]
# The default run: every method's first calls with every kind on our own
# store; the wrapped handlers with fewer kinds and calls. FAULT_FULL=1: all.
KINDS = {
    "user": d.KINDS,
    "files": d.KINDS if FULL else ["false", "throw"],
    "redis": d.KINDS if FULL else ["false", "throw"],
    "aura": d.KINDS if FULL else ["false", "throw"],
}
MAX_PLANS = {"user": 10 ** 6 if FULL else 40,
             "files": 10 ** 6 if FULL else 14,
             "redis": 10 ** 6 if FULL else 14,
             "aura": 10 ** 6 if FULL else 14}


def groups():
    out = []
    for backend in BACKENDS:
        for lazy in (0, 1):
            for lifetime in LIFETIMES:
                for op in d.OPS:
                    g = d.Group(backend, lazy, lifetime, op)
                    if GROUP_FILTER.search(g.name):
                        out.append(g)
    return out


def plans_for(group, counts):
    """Every (method, call number, kind) the fault-free run reaches, first
    calls first, capped in the default run."""
    plans = []
    for index in range(1, max(counts.values(), default=0) + 1):
        for kind in KINDS[group.backend]:
            for method in d.METHODS:
                if counts.get(method, 0) >= index:
                    plans.append({"method": method, "index": index, "kind": kind})
    return plans[:MAX_PLANS[group.backend]]


def run_one(env, group, plan):
    """Runs a case (and, in the default mode, the library on it); returns
    (verdict, library ran)."""
    now = int(time.time())
    run = d.run_case(env, group, plan)
    verdict = d.evaluate(group, plan, run, now)
    d.excuse_php_core(plan, verdict, group)
    compared = False
    # The library has no aura_redis handler to run on.
    if group.lazy == 0 and group.lifetime == "off" and env.lib_src and group.backend != "aura":
        lib = d.run_case(env, group, plan, impl="lib")
        d.compare_with_library(group, plan, run, lib, now, verdict)
        compared = True
    return run, verdict, compared


def record(tally, group, plan, run, verdict, compared):
    tally.cases += 1
    tally.library_runs += compared
    tally.checks += verdict.checks
    found = []
    for check, detail in verdict.violations:
        v = {"group": group.name, "fault": d.plan_name(plan), "check": check, "detail": detail,
             "fired_in": (run.fired or {}).get("step"),
             "steps": {k: d.describe(r) if r.get("outcome") != "died" else "died"
                       for k, r in run.steps.items()}}
        tally.violations.append(v)
        found.append(v)
    for check, detail, why in verdict.excused:
        tally.excused.append({"group": group.name, "fault": d.plan_name(plan), "check": check,
                              "detail": detail, "why": why})
    return found


@pytest.mark.parametrize("group", [] if VALGRIND == "only" else groups(), ids=lambda g: g.name)
def test_faults(group, fault_env, tally):
    if group.backend in d.REDIS_BACKENDS and fault_env.redis_port is None:
        pytest.skip("no Redis (see the notes at the end)")
    tally.groups += 1
    run, verdict, compared = run_one(fault_env, group, None)
    found = record(tally, group, None, run, verdict, compared)
    counts = d.call_counts(run)
    # The harness itself: without a fault the request reads the seeded session.
    first = run.steps.get("pre") or run.steps.get("op") or {}
    assert counts and first.get("outcome") == "returned" and (
        "pre" not in run.steps or first.get("value") == "c0"), \
        "harness: the fault-free run did not read the seeded session: steps %s, output %s" % (
            run.steps, run.output[-2000:])
    with ThreadPoolExecutor(JOBS) as pool:
        results = list(pool.map(lambda p: (p, run_one(fault_env, group, p)), plans_for(group, counts)))
    for plan, (run, verdict, compared) in results:
        found += record(tally, group, plan, run, verdict, compared)
    if found:
        lines = ["%d violations in %s:" % (len(found), group.name)]
        for v in found[:12]:
            lines.append("  [%s] fault %s (fired in %s): %s; steps %s"
                         % (v["check"], v["fault"], v["fired_in"], v["detail"], v["steps"]))
        if len(found) > 12:
            lines.append("  ... and %d more" % (len(found) - 12))
        pytest.fail("\n".join(lines), pytrace=False)


# (group, fault, the checks that must report it): broken handlers, each
# breaking what one check guards whatever the extension does.
BROKEN = [
    (d.Group("user", 1, "off", "segment.set"), "close:3:keep-lock",
     {"lock-released-after-call", "lock-released-after-request"}),
    (d.Group("user", 0, "rotate", "segment.get"), "close:last:keep-lock", {"lock-released-after-request"}),
    (d.Group("user", 1, "off", "segment.set"), "write:2:lie", {"returned-write-landed"}),
    (d.Group("user", 1, "off", "segment.set"), "write:2:write-throw", {"failed-write-not-saved"}),
    (d.Group("user", 1, "off", "segment.set"), "read:1:forget", {"committed-data-readable"}),
    (d.Group("user", 1, "rotate", "segment.set"), "read:1:forget", {"committed-data-readable"}),
    (d.Group("user", 1, "off", "segment.set"), "write:3:corrupt", {"store-decodable"}),
    (d.Group("user", 1, "off", "segment.set"), "read:2:segv", {"no-crash", "died-only-of-the-fault"}),
    (d.Group("user", 0, "off", "segment.set"), "write:1:lie-ext", {"same-as-library:silent-loss"}),
]


@pytest.mark.skipif(VALGRIND == "only", reason="the valgrind subset only")
@pytest.mark.parametrize("group,fault,expected", BROKEN, ids=lambda x: getattr(x, "name", None) or (
    x if isinstance(x, str) else "-".join(sorted(x))))
def test_checks_can_fail(group, fault, expected, fault_env):
    if any(e.startswith("same-as-library") for e in expected) and not fault_env.lib_src:
        pytest.skip("needs AURA_REFERENCE_SRC")
    method, index, kind = fault.split(":")
    if index == "last":
        index = d.call_counts(d.run_case(fault_env, group, None))[method]
    plan = {"method": method, "index": int(index), "kind": kind}
    run, verdict, _ = run_one(fault_env, group, plan)
    seen = {check for check, _ in verdict.violations}
    assert run.fired, "the broken handler was never reached"
    assert expected <= seen, "expected %s to be reported, got %s" % (expected, verdict.violations)


# Cases for valgrind: a write refused and one throwing inside a lazy_lock
# cycle, fatal errors and exit() inside the handler while the extension is
# in a cycle or a rotation (its bailout path), a failing rotation, and the
# default mode's end-of-request write.
VALGRIND_CASES = [
    (d.Group("user", 1, "off", "segment.set"), "write:2:false"),
    (d.Group("user", 1, "off", "segment.set"), "write:2:throw"),
    (d.Group("user", 1, "off", "segment.set"), "read:2:fatal"),
    (d.Group("user", 1, "off", "csrf.regenerateValue"), "write:2:fatal"),
    (d.Group("user", 1, "off", "segment.keepFlash"), "close:2:throw"),
    (d.Group("user", 1, "off", "session.regenerateId"), "destroy:1:throw"),
    (d.Group("user", 1, "rotate", "segment.get"), "read:2:throw"),
    (d.Group("user", 1, "rotate", "segment.get"), "write:2:exit"),
    (d.Group("user", 0, "rotate", "csrf.getValue"), "validateId:2:fatal"),
    (d.Group("user", 0, "off", "segment.set"), "write:1:throw"),
    (d.Group("user", 1, "rotate", "session.regenerateId"), "read:3:fatal"),
    (d.Group("files", 1, "off", "segment.set"), "write:2:throw"),
    (d.Group("redis", 1, "rotate", "segment.set"), "read:2:false"),
    (d.Group("aura", 1, "off", "segment.set"), "write:2:throw"),
    (d.Group("aura", 0, "off", "segment.set"), "read:1:fatal"),
]


@pytest.mark.skipif(VALGRIND not in ("1", "only"), reason="FAULT_VALGRIND=1 runs the valgrind subset")
@pytest.mark.parametrize("group,fault", VALGRIND_CASES, ids=lambda x: getattr(x, "name", x))
def test_valgrind_subset(group, fault, fault_env, tally, tmp_path):
    if not shutil.which("valgrind"):
        pytest.skip("valgrind is not installed (scripts/setup.sh valgrind)")
    if group.backend in d.REDIS_BACKENDS and fault_env.redis_port is None:
        pytest.skip("no Redis (see the notes at the end)")
    method, index, kind = fault.split(":")
    plan = {"method": method, "index": int(index), "kind": kind}
    env = dataclasses.replace(fault_env, valgrind=True, vg_log_dir=str(tmp_path))
    run = d.run_case(env, group, plan)
    tally.valgrind_cases += 1
    assert run.fired, "the fault never fired under valgrind: %s" % run.output[-2000:]
    logs = [name for name in os.listdir(tmp_path) if name.endswith(".vg")]
    assert logs, "valgrind wrote no log: %s" % run.output[-2000:]
    log = ""
    for name in logs:
        if name.endswith(".vg"):
            with open(tmp_path / name) as fh:
                log += fh.read()
    bad, excluded = valgrind.problems(log, fatal=kind in ("fatal", "exit"))
    tally.valgrind_excluded.update(excluded)
    if bad:
        tally.valgrind_failed += 1
    assert not bad, "valgrind reports for %s %s:\n%s" % (group.name, fault, "\n\n".join(bad)[:8000])


def test_valgrind_reader_reports():
    """The valgrind log reader fails a case on a memory error anywhere and on
    a leak of ours, and not on what scripts/memcheck.sh excludes."""
    log = "\n".join([
        "==1== Invalid read of size 8",
        "==1==    at 0x1: zend_hash_find (zend_hash.c:1)",
        "==1==    by 0x2: aura_session::engine::superglobal::get (libaura_session.so)",
        "==1== ",
        "==1== 24 bytes in 1 blocks are definitely lost in loss record 1 of 2",
        "==1==    at 0x3: malloc",
        "==1==    by 0x4: alloc::raw_vec::finish_grow (libaura_session.so)",
        "==1== ",
        "==1== 56 bytes in 1 blocks are definitely lost in loss record 2 of 2",
        "==1==    at 0x5: malloc",
        "==1==    by 0x6: zend_objects_new (zend_objects.c:1)",
        "==1==    by 0x7: aura_session::classes::session::create (libaura_session.so)",
        "==1== ",
    ])
    bad, excluded = valgrind.problems(log, fatal=False)
    assert len(bad) == 2 and "Invalid read" in bad[0] and "raw_vec" in bad[1]
    assert excluded == {"excluded:zend_objects_new": 1}


def _synthetic(steps, fired, store, seed="s1", cookies=()):
    run = d.Run(impl="ext", rc=0, output="", seed_id=seed, cookies=list(cookies))
    run.steps = steps
    run.fired = fired
    run.store = store
    run.next_read = None
    return run


def test_checks_without_a_broken_handler_can_fail():
    """The two checks no broken handler can trip whatever the extension
    does, fed runs that break them: a write that returned normally into a
    session made up after its id was retired, and a committed value the
    extension lost where the library kept it."""
    group = d.Group("user", 1, "off", "segment.set")
    seeded = {"app": {"committed": "c0"}}
    run = _synthetic(
        {"pre": {"outcome": "returned", "value": "c0", "id": "s1"},
         "op": {"outcome": "returned", "value": None, "id": "m1"},
         "post": {"outcome": "returned", "value": None, "id": "m1"}},
        {"call": "validateId", "fault": "false", "step": "op"},
        {"s1": seeded, "m1": {"app": {"k": "v1", "after": "a1"}}}, cookies=["m1"])
    v = d.evaluate(group, {"method": "validateId", "index": 2, "kind": "false"}, run, int(time.time()))
    assert "retired-id-write-throws" in {c for c, _ in v.violations}

    group = d.Group("user", 0, "off", "segment.get")
    steps = {"pre": {"outcome": "returned", "value": "c0", "id": "s1"},
             "op": {"outcome": "returned", "value": "c0", "id": "s1"},
             "post": {"outcome": "returned", "value": None, "id": "s1"}}
    ext = _synthetic(steps, None, {"s1": {"app": {"after": "a1"}}})
    lib = _synthetic(steps, None, {"s1": {"app": {"committed": "c0", "after": "a1"}}})
    v = d.Verdict()
    d.compare_with_library(group, None, ext, lib, int(time.time()), v)
    assert "same-as-library:committed-unreadable" in {c for c, _ in v.violations}
