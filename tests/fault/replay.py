"""Replays one fault-injection case and prints what happened: the handler
calls (the faulted one marked), each step's outcome, the response's session
cookies, the store afterwards and the invariant checks.

    cd tests && python3 -m fault.replay GROUP [METHOD:INDEX:KIND] [--lib]

GROUP is a test id of test_faults (user-lazy1-rotate-segment.set); the
fault is left out for the fault-free run. Needs php-cgi; a Redis group
needs REDIS_PORT (a running redis-server); --lib runs the PHP library from
AURA_REFERENCE_SRC instead of the extension."""

import json
import os
import sys
import tempfile
import time

from fault import driver as d

HERE = os.path.dirname(os.path.abspath(__file__))


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        sys.exit(__doc__)
    backend, lazy, lifetime, op = args[0].split("-", 3)
    group = d.Group(backend, int(lazy[len("lazy"):]), lifetime, op)
    plan = None
    if len(args) > 1:
        method, index, kind = args[1].split(":")
        plan = {"method": method, "index": int(index), "kind": kind}
    env = d.Env(php="php-cgi", tmp=tempfile.mkdtemp(prefix="aura-fault-replay-"),
                ext=os.environ.get("AURA_EXT", os.path.join(HERE, "..", "..", "target", "release",
                                                            "libaura_session.so")),
                lib_src=os.environ.get("AURA_REFERENCE_SRC"),
                redis_port=int(os.environ["REDIS_PORT"]) if os.environ.get("REDIS_PORT") else None)
    run = d.run_case(env, group, plan, impl="lib" if "--lib" in argv else "ext")
    print("exit status", run.rc)
    for c in run.calls:
        print("  call %-16s #%d %s%s" % (c["call"], c["n"], c.get("id") or "",
                                          "   <-- " + c["fault"] if c.get("fault") else ""))
    for name, rec in run.steps.items():
        print("  step %-5s %s" % (name, d.describe(rec) if rec.get("outcome") != "died" else "died"))
    print("  cookies set:", run.cookies or "none", "-> the client holds", d.client_id(run))
    print("  locks held after the request:", run.locks or "none")
    for rid, data in run.store.items():
        print("  store %s%s = %s" % (rid, " (seeded)" if rid == run.seed_id else "", json.dumps(data)))
    if run.output.strip():
        print("  output:", run.output.strip()[-1500:])
    v = d.evaluate(group, plan, run, int(time.time()))
    print("%d checks, violations:" % v.checks)
    for check, detail in v.violations:
        print("  [%s] %s" % (check, detail))


if __name__ == "__main__":
    main(sys.argv[1:])
