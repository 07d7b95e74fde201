"""Runs fault-injection cases (tests/fault/case.php, one php process each)
and checks their invariants. test_fault.py states the invariants and why;
this module does the work: stores, seeding, running, reading the store
afterwards, and the checks themselves.
"""

import json
import os
import re
import secrets
import shutil
import subprocess
import time
from dataclasses import dataclass, field

from fault import phpser

HERE = os.path.dirname(os.path.abspath(__file__))
CASE_PHP = os.path.join(HERE, "case.php")

FLASH_NEXT = "Aura\\Session\\Flash\\Next"
FLASH_NOW = "Aura\\Session\\Flash\\Now"
CSRF = "Aura\\Session\\CsrfToken"
LIFETIME = "Aura\\Session\\Lifetime"

# The handler methods a fault can hit (gc is left out: the cases run with
# session.gc_probability=0, so the session module never calls it).
METHODS = ["open", "read", "write", "close", "destroy", "create_sid", "validateId", "updateTimestamp"]
KINDS = ["false", "throw", "exit", "fatal", "stall"]

# The API calls under test. "write" ops change the session; the others
# only read it (start/resume and the first read also move the flash and
# run the lifetime checks, which are writes of the extension's own).
OPS = {
    "segment.get": "read",
    "segment.set": "write",
    "segment.remove": "write",
    "segment.clear": "write",
    "segment.setFlash": "write",
    "segment.getFlash": "read",
    "segment.keepFlash": "write",
    "segment.setFlashNow": "write",
    "segment.clearFlash": "write",
    "segment.clearFlashNow": "write",
    "segment.getFlashNext": "read",
    "segment.getSegment": "read",
    "session.start": "read",
    "session.resume": "read",
    "session.commit": "write",
    "session.clear": "write",
    "session.destroy": "write",
    "session.regenerateId": "write",
    "csrf.getValue": "write",
    "csrf.isValid": "read",
    "csrf.regenerateValue": "write",
}
# These start the session themselves: no resuming read before them.
NO_PRE = {"session.start", "session.resume"}
# Removing the committed value is their purpose.
REMOVES_COMMITTED = {"segment.remove", "segment.clear", "session.clear", "session.destroy"}
# Their return value is their verdict: false is a reported failure.
BOOL_RESULT = {"session.commit", "session.destroy", "session.regenerateId"}

# Lifetime variants: the php.ini settings and what the seeded session's
# times say (relative to now). "rotate" makes the request rotate the id at
# its first start; "stamp" makes it rewrite the last-activity time.
LIFETIMES = {
    "off": ({}, None),
    "rotate": ({"aura_session.idle_timeout": "3600", "aura_session.rotate_interval": "60",
                "aura_session.rotate_grace": "30"},
               {"created": -500, "active": -100, "issued": -120}),
    "stamp": ({"aura_session.idle_timeout": "3600"},
              {"created": -500, "active": -300, "issued": -500}),
}

BASE_INI = {
    "session.serialize_handler": "php_serialize",
    "session.use_strict_mode": "1",
    "session.use_cookies": "1",
    "session.use_only_cookies": "1",
    "session.cache_limiter": "",
    "session.gc_probability": "0",
    "session.lazy_write": "1",
    "display_errors": "1",
    "log_errors": "0",
    "error_reporting": "-1",
    "memory_limit": "128M",
    # phpredis: a short lock wait, so that a lock left behind costs little
    # time before the read gives up on it.
    "redis.session.locking_enabled": "1",
    "redis.session.lock_wait_time": "2000",
    "redis.session.lock_retries": "50",
    "redis.session.lock_expire": "30",
    # aura_redis: the same.
    "aura_session.redis_lock_wait": "2000",
    "aura_session.redis_lock_ttl": "30000",
}

# The backends whose sessions live in the Redis server of the run.
REDIS_BACKENDS = ("redis", "aura")

PROCESS_TIMEOUT = 8


def seed_data(lifetime, now):
    data = {
        "app": {"committed": "c0"},
        FLASH_NEXT: {"app": {"f": "flash0"}},
        CSRF: {"value": "tok0"},
    }
    stamps = LIFETIMES[lifetime][1]
    if stamps:
        data[LIFETIME] = {k: now + v for k, v in stamps.items()}
    return data


@dataclass(frozen=True)
class Group:
    """Everything of a case but the fault."""
    backend: str     # user, files, redis, aura
    lazy: int        # aura_session.lazy_lock
    lifetime: str    # a LIFETIMES key
    op: str

    @property
    def name(self):
        return "%s-lazy%d-%s-%s" % (self.backend, self.lazy, self.lifetime, self.op)

    @property
    def strict(self):
        """The opt-in modes, held to the stricter invariants."""
        return self.lazy == 1 or self.lifetime != "off"


@dataclass
class Env:
    php: str
    ext: str
    tmp: str
    lib_src: str = None       # the PHP library's src/, for the lazy_lock=0 comparison
    redis_port: int = None
    valgrind: bool = False
    vg_log_dir: str = None


@dataclass
class Run:
    """What one process did and what the store holds afterwards."""
    impl: str
    rc: int
    output: str
    steps: dict = field(default_factory=dict)   # name -> record (or {"outcome": "died"})
    calls: list = field(default_factory=list)
    cookies: list = field(default_factory=list) # the response's session cookies, in order (None: deleted)
    warnings: list = field(default_factory=list)
    end: dict = None
    fired: dict = None
    store: dict = field(default_factory=dict)   # id -> decoded data (or an "undecodable" marker)
    raw: dict = field(default_factory=dict)
    locks: list = field(default_factory=list)   # ids whose store lock is held after the process
    seed_id: str = ""
    next_read: object = "<not asked>"   # what the next request read, when asked
    elapsed: float = 0.0
    vg_log: str = None

    def step_names(self):
        return list(self.steps)


# ---- stores -------------------------------------------------------------------

class Store:
    """Where one case's sessions live: a directory, or a Redis key prefix."""

    def __init__(self, env, backend, tag):
        self.env = env
        self.backend = backend
        self.dir = os.path.join(env.tmp, tag)
        os.makedirs(self.dir)
        self.prefix = "F%s:" % tag if backend in REDIS_BACKENDS else ""

    def ini(self):
        if self.backend == "files":
            return {"session.save_handler": "files", "session.save_path": self.dir}
        if self.backend == "redis":
            return {"session.save_handler": "redis",
                    "session.save_path": "tcp://127.0.0.1:%d?prefix=%s&timeout=2" % (
                        self.env.redis_port, self.prefix)}
        if self.backend == "aura":
            return {"session.save_handler": "aura_redis",
                    "session.save_path": "redis://127.0.0.1:%d" % self.env.redis_port,
                    "aura_session.redis_prefix": self.prefix}
        return {"session.save_path": self.dir}

    def _file(self, sid):
        return os.path.join(self.dir, ("sess_%s" if self.backend == "files" else "%s.sess") % sid)

    def put(self, sid, data):
        raw = phpser.dumps(data)
        if self.backend == "redis":
            from farm.farm import redis_call
            redis_call(self.env.redis_port, "SET", self.prefix + sid, raw)
        elif self.backend == "aura":
            from farm.farm import redis_call
            redis_call(self.env.redis_port, "HSET", "%s{%s}" % (self.prefix, sid), "d", raw, "v", "1")
        else:
            with open(self._file(sid), "wb") as fh:
                fh.write(raw)

    def dump(self):
        """(raw records by id, ids whose lock is held)."""
        raw, locks = {}, []
        if self.backend == "redis":
            from farm.farm import Resp, scan_keys
            keys = scan_keys(self.env.redis_port, self.prefix + "*")
            with Resp(self.env.redis_port, 2.0) as r:
                for key in keys:
                    name = key.decode()[len(self.prefix):]
                    if name.endswith("_LOCK"):
                        locks.append(name[:-5])
                    else:
                        raw[name] = r.call("GET", key) or b""
            return raw, locks
        if self.backend == "aura":
            from farm.farm import Resp, scan_keys
            keys = scan_keys(self.env.redis_port, self.prefix + "*")
            with Resp(self.env.redis_port, 2.0) as r:
                for key in keys:
                    name = key.decode()[len(self.prefix):]
                    if name.endswith(":lock"):
                        locks.append(name[1:-6])
                        continue
                    data, destroyed = r.call("HMGET", key, "d", "x")
                    if destroyed is None:   # a tombstone is no session
                        raw[name[1:-1]] = data or b""
            return raw, locks
        for name in os.listdir(self.dir):
            path = os.path.join(self.dir, name)
            if self.backend == "files" and name.startswith("sess_"):
                with open(path, "rb") as fh:
                    raw[name[5:]] = fh.read()
            elif self.backend == "user" and name.endswith(".sess"):
                with open(path, "rb") as fh:
                    raw[name[:-5]] = fh.read()
            elif self.backend == "user" and name.endswith(".lock"):
                locks.append(name[:-5])
        # files: flock() locks go with the process; nothing to see afterwards.
        return raw, locks

    def remove(self):
        if self.backend in REDIS_BACKENDS:
            from farm.farm import Resp, scan_keys
            keys = scan_keys(self.env.redis_port, self.prefix + "*")
            if keys:
                with Resp(self.env.redis_port, 2.0) as r:
                    r.call("DEL", *keys)
        shutil.rmtree(self.dir, ignore_errors=True)


# ---- running a case -------------------------------------------------------------

_counter = iter(range(1, 1 << 62))


def ini_for(group, store, impl):
    ini = dict(BASE_INI)
    ini["aura_session.lazy_lock"] = str(group.lazy)
    ini.update(LIFETIMES[group.lifetime][0])
    ini.update(store.ini())
    if impl == "lib":
        ini = {k: v for k, v in ini.items() if not k.startswith("aura_session.")}
    return ini


SESSION_NAME = "PHPSESSID"


def php_command(env, group, store, impl, spec_path, sid):
    """The command line and the CGI environment of one request carrying the
    session cookie `sid`."""
    cmd = [env.php, "-n", "-d", "cgi.force_redirect=0"]
    if group.backend in REDIS_BACKENDS:
        cmd += ["-d", "extension=igbinary", "-d", "extension=redis"]
    if impl == "ext":
        cmd += ["-d", "extension=" + env.ext]
    for k, v in ini_for(group, store, impl).items():
        # Quoted: a save path holds "=" and "&", which the ini parser
        # would otherwise take for syntax.
        cmd += ["-d", '%s="%s"' % (k, v)]
    cgi_env = dict(os.environ, SCRIPT_FILENAME=CASE_PHP, REQUEST_METHOD="GET", FAULT_SPEC=spec_path,
                   HTTP_COOKIE="%s=%s" % (SESSION_NAME, sid))
    return cmd, cgi_env


def run_case(env, group, plan, impl="ext", keep=False):
    tag = "c%d" % next(_counter)
    store = Store(env, group.backend, tag)
    try:
        return _run_case(env, group, plan, impl, store)
    finally:
        if not keep:
            store.remove()


def _run_case(env, group, plan, impl, store):
    now = int(time.time())
    sid = secrets.token_hex(16)
    store.put(sid, seed_data(group.lifetime, now))
    out = os.path.join(store.dir, "record.jsonl")
    spec = {
        "impl": impl, "lib_src": env.lib_src, "backend": group.backend, "dir": store.dir,
        "port": env.redis_port or 0, "prefix": store.prefix, "id": sid, "op": group.op,
        "pre": group.op not in NO_PRE, "plan": plan, "out": out,
    }
    spec_path = os.path.join(store.dir, "spec.json")
    with open(spec_path, "w") as fh:
        json.dump(spec, fh)
    cmd, run_env = php_command(env, group, store, impl, spec_path, sid)
    vg_log = None
    if env.valgrind and impl == "ext":
        vg_log = os.path.join(env.vg_log_dir, "%s-%s.vg" % (group.name, plan_name(plan)))
        cmd = ["valgrind", "-q", "--leak-check=full", "--show-leak-kinds=definite",
               "--errors-for-leak-kinds=definite", "--num-callers=60",
               "--log-file=" + vg_log] + cmd
        run_env = dict(run_env, USE_ZEND_ALLOC="0", ZEND_DONT_UNLOAD_MODULES="1")
    started = time.monotonic()
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=PROCESS_TIMEOUT * (20 if vg_log else 1),
                              env=run_env, cwd=store.dir)
        rc, stdout, stderr = proc.returncode, proc.stdout, proc.stderr
    except subprocess.TimeoutExpired as e:
        rc, stdout, stderr = "timeout", e.stdout or b"", e.stderr or b""
    output = (stdout + stderr).decode("utf-8", "replace")
    run = Run(impl=impl, rc=rc, output=output, seed_id=sid, elapsed=time.monotonic() - started,
              vg_log=vg_log, cookies=session_cookies(stdout))
    begun = None
    try:
        with open(out) as fh:
            lines = fh.read().splitlines()
    except FileNotFoundError:
        lines = []
    for line in lines:
        try:
            rec = json.loads(line)
        except ValueError:
            continue
        if "begin" in rec:
            begun = rec["begin"]
            run.steps[begun] = {"outcome": "died"}
        elif "step" in rec:
            run.steps[rec["step"]] = rec
            begun = None
        elif "call" in rec:
            run.calls.append(rec)
            if rec.get("fault") and run.fired is None:
                run.fired = dict(rec, step=begun or "end")
        elif "warning" in rec:
            run.warnings.append(rec["warning"])
        elif rec.get("end"):
            run.end = rec
    raw, run.locks = store.dump()
    run.raw = raw
    for rid, data in raw.items():
        try:
            run.store[rid] = phpser.loads(data)
        except ValueError as error:
            run.store[rid] = {"<undecodable>": str(error)}
    # Where the store alone says the committed value is gone from the
    # client's session, ask the extension itself: the client's next
    # request may still find it (a rotation stopped half-way is taken back
    # by the next request, docs/security.md).
    final = client_id(run)
    if (impl == "ext" and group.strict and not run.locks and final
            and dig(resolve(run.store, final, int(time.time())), "app", "committed") != "c0"):
        run.next_read = next_request_read(env, group, store, final)
    return run


def next_request_read(env, group, store, sid):
    """What the client's next request, carrying `sid`, reads as
    app.committed through the extension (None: nothing; "<error ...>": it
    failed)."""
    out = os.path.join(store.dir, "next.jsonl")
    spec = {"impl": "ext", "lib_src": None, "backend": group.backend, "dir": store.dir,
            "port": env.redis_port or 0, "prefix": store.prefix, "id": sid, "op": "segment.get",
            "pre": False, "plan": None, "out": out, "inspect": True}
    spec_path = os.path.join(store.dir, "next.json")
    with open(spec_path, "w") as fh:
        json.dump(spec, fh)
    cmd, cgi_env = php_command(env, group, store, "ext", spec_path, sid)
    try:
        subprocess.run(cmd, capture_output=True, env=cgi_env, timeout=PROCESS_TIMEOUT, cwd=store.dir)
    except subprocess.TimeoutExpired:
        return "<error: the next request timed out>"
    try:
        with open(out) as fh:
            for line in fh:
                rec = json.loads(line)
                if rec.get("step") == "next":
                    return rec.get("value") if rec.get("outcome") == "returned" else "<error: %s>" % rec.get("message")
    except (OSError, ValueError):
        pass
    return "<error: the next request recorded nothing>"


def plan_name(plan):
    return "nofault" if plan is None else "%s%d-%s" % (plan["method"], plan["index"], plan["kind"])


def call_counts(run):
    counts = {}
    for c in run.calls:
        counts[c["call"]] = max(counts.get(c["call"], 0), c["n"])
    return counts


# ---- reading the store as a client would ---------------------------------------

def resolve(store, sid, now, depth=0):
    """The session data a request carrying `sid` is answered from: the
    record itself, or, for an id rotated away within its grace window, the
    record it forwards to. None when that request would get an empty
    session (no record, or a rotation marker with no reachable data)."""
    if not sid or depth > 5:
        return None
    data = store.get(sid)
    if not isinstance(data, dict):
        return None
    life = data.get(LIFETIME)
    if isinstance(life, dict) and "until" in life:
        if life.get("moved_to") and life["until"] >= now:
            return resolve(store, life["moved_to"], now, depth + 1)
        if not life.get("moved_to") and any(k != LIFETIME for k in data):
            # A move that stopped with the data still in the old id: the
            # next request takes it back (current rules, docs/security.md).
            return data
        return None
    return data


def dig(data, *path):
    for key in path:
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    return data


# ---- the checks -----------------------------------------------------------------

@dataclass
class Verdict:
    checks: int = 0
    violations: list = field(default_factory=list)   # (check, detail)
    excused: list = field(default_factory=list)      # (check, detail, why)

    def check(self, name, ok, detail=""):
        self.checks += 1
        if not ok:
            self.violations.append((name, detail))
        return ok

    def excuse(self, pick, why):
        """Moves the violations `pick(check, detail)` selects to the excused
        list: failures that plain PHP shows as well, reported apart."""
        keep = []
        for check, detail in self.violations:
            if pick(check, detail):
                self.excused.append((check, detail, why))
            else:
                keep.append((check, detail))
        self.violations = keep


# PHP 8.2 itself dies of SIGSEGV when a user handler's create_sid() raises a
# fatal error inside session_regenerate_id(), without the extension:
#   class H extends SessionHandler {
#       function create_sid(): string { trigger_error("x", E_USER_ERROR); } }
#   session_set_save_handler(new H, true); session_start(); session_regenerate_id(true);
PHP_CRASHES = [
    (lambda plan: plan and plan["method"] == "create_sid" and plan["kind"] == "fatal",
     "PHP 8.2 crashes by itself on a fatal error in create_sid() inside session_regenerate_id()"),
]


# When validateId() fails other than by answering false at the request's
# first session_start(), PHP has already queued Set-Cookie for an id of its
# own, and no later start removes it (the id then comes from the request's
# cookie, which PHP does not send again), without the extension:
#   class V extends SessionHandler { static $n = 0;
#       function validateId($id): bool { if (++self::$n == 1) throw new RuntimeException; return true; } }
#   session_set_save_handler(new V, true);
#   try { session_start(); } catch (Throwable $e) {} session_start();   // Set-Cookie: <other id>
PHP_LEFTOVER_COOKIE = (
    lambda plan: plan and plan["method"] == "validateId" and plan["index"] == 1
    and plan["kind"] in ("throw", "exit", "fatal"),
    "PHP keeps the cookie it queued for an id of its own when validateId() fails at the first start",
)


# The files handler whose destroy() throws keeps its flock on a descriptor
# PHP no longer closes, and the next session_start() of the same request
# waits on it forever, without the extension (lazy_lock=1 closes the handler
# itself; the default mode leaves it as PHP does):
#   class F extends SessionHandler { function destroy($id): bool { throw new RuntimeException; } }
#   session_set_save_handler(new F, true); session_start();
#   try { session_destroy(); } catch (Throwable $e) {} session_start();   // hangs
PHP_FILES_DESTROY_HANG = (
    lambda plan, group: plan and group.backend == "files" and group.lazy == 0 and group.lifetime == "off"
    and plan["method"] == "destroy" and plan["kind"] == "throw",
    "PHP's files handler hangs on its own lock when destroy() threw and the request starts again",
)


def excuse_php_core(plan, verdict, group=None):
    if group is not None:
        applies, why = PHP_FILES_DESTROY_HANG
        if applies(plan, group):
            verdict.excuse(lambda check, detail: check in ("no-crash", "died-only-of-the-fault"), why)
    for applies, why in PHP_CRASHES:
        if applies(plan):
            verdict.excuse(lambda check, detail: check in ("no-crash", "died-only-of-the-fault"), why)
    applies, why = PHP_LEFTOVER_COOKIE
    if applies(plan):
        verdict.excuse(lambda check, detail: check in ("committed-data-readable", "returned-write-landed"),
                       why)


def succeeded(op, rec):
    if rec is None or rec.get("outcome") != "returned":
        return False
    if op in BOOL_RESULT:
        return bool(rec.get("value"))
    return True


def failed(op, rec):
    """The call reported a failure: it threw, or returned false where its
    result is its verdict."""
    if rec is None:
        return False
    if rec.get("outcome") == "threw":
        return True
    return op in BOOL_RESULT and rec.get("outcome") == "returned" and not rec.get("value")


def effect_landed(op, data, rec, seed_id, final_id, store):
    """Whether the write of `op` is in `data`, the session the client's next
    request is answered from."""
    app = dig(data, "app")
    if op == "post":
        return dig(app, "after") == "a1"
    if op == "segment.set":
        return dig(app, "k") == "v1"
    if op == "segment.remove":
        return isinstance(app, dict) and "committed" not in app
    if op == "segment.clear":
        # "post" writes into the segment afterwards: only the old keys count.
        return isinstance(app, dict) and "committed" not in app
    if op == "segment.setFlash":
        return dig(data, FLASH_NEXT, "app", "n") == "x"
    if op == "segment.keepFlash":
        # The flash is there for the next request (moved and kept, or never
        # moved when the start failed: either way the next request gets it).
        return dig(data, FLASH_NEXT, "app", "f") == "flash0"
    if op == "segment.setFlashNow":
        return dig(data, FLASH_NEXT, "app", "m") == "y"
    if op == "segment.clearFlash":
        return dig(data, FLASH_NEXT, "app", "f") is None
    if op == "segment.clearFlashNow":
        return dig(data, FLASH_NOW, "app", "f") is None and dig(data, FLASH_NEXT, "app", "f") is None
    if op == "session.commit":
        return dig(data, FLASH_NOW, "app", "f") == "flash0" and dig(data, FLASH_NEXT, "app", "f") is None
    if op == "session.clear":
        return data is not None and dig(data, "app", "committed") is None and dig(data, CSRF) is None
    if op == "session.destroy":
        return not any(dig(d, "app", "committed") == "c0" for d in store.values())
    if op == "session.regenerateId":
        return (final_id != seed_id and dig(data, "app", "committed") == "c0"
                and dig(store.get(seed_id), "app", "committed") is None)
    if op == "csrf.getValue":
        return rec.get("value") is not None and dig(data, CSRF, "other") == rec.get("value")
    if op == "csrf.regenerateValue":
        return rec.get("value") is not None and dig(data, CSRF, "value") == rec.get("value")
    return True


def effect_anywhere(op, store):
    """Whether any record in the store holds what the write of `op` would
    have written (for writes that add a value of their own)."""
    values = list(store.values())
    if op == "post":
        return any(dig(d, "app", "after") == "a1" for d in values)
    if op == "segment.set":
        return any(dig(d, "app", "k") == "v1" for d in values)
    if op == "segment.setFlash":
        return any(dig(d, FLASH_NEXT, "app", "n") == "x" for d in values)
    if op == "segment.setFlashNow":
        return any(dig(d, FLASH_NEXT, "app", "m") == "y" or dig(d, FLASH_NOW, "app", "m") == "y"
                   for d in values)
    if op == "csrf.getValue":
        return any(dig(d, CSRF, "other") is not None for d in values)
    return False


PANIC = re.compile(r"Rust panic|panicked at|Segmentation fault|core dumped|AddressSanitizer|"
                   r"zend_mm_heap corrupted|double free|free\(\): invalid")


def evaluate(group, plan, run, now):
    """The invariants that hold for this run on its own (the comparison
    with the library is compare_with_library()). Returns a Verdict."""
    v = Verdict()
    fired = run.fired
    died_in = [name for name, rec in run.steps.items() if rec.get("outcome") == "died"]

    # I1: no crash.
    signal = isinstance(run.rc, int) and run.rc < 0
    v.check("no-crash", not signal and run.rc != "timeout" and not PANIC.search(run.output),
            "exit status %s; output: %s" % (run.rc, run.output[-600:]))
    if died_in:
        v.check("died-only-of-the-fault", fired is not None and fired["fault"] in ("exit", "fatal"),
                "step %s did not finish, but the fault was %s; output: %s"
                % (died_in[0], fired and fired["fault"], run.output[-600:]))

    # I3a: the lock is released when each API call returns (lazy_lock=1):
    # the session module's session is closed and the store's lock is free.
    if group.lazy == 1:
        for name, rec in run.steps.items():
            if rec.get("outcome") in ("returned", "threw"):
                v.check("lock-released-after-call",
                        rec.get("status") != 2 and not rec.get("cycle") and not rec.get("locks"),
                        "after step %s (%s): session_status()=%s, open handler cycle %s, locks held %s"
                        % (name, rec.get("outcome"), rec.get("status"), rec.get("cycle"), rec.get("locks")))

    # I3b: no lock outlives the request, in the opt-in modes. In the default
    # mode a handler that throws or dies in PHP's own end-of-request write
    # keeps its lock with the library too: there the comparison with the
    # library (AURA_REFERENCE_SRC) is the check.
    if group.strict:
        v.check("lock-released-after-request", not run.locks,
                "store locks still held after the process ended: %s" % run.locks)

    final_id = client_id(run)
    data = resolve(run.store, final_id, now)

    undecodable = [rid for rid, d in run.store.items() if "<undecodable>" in d]
    v.check("store-decodable", not undecodable, "undecodable records: %s" % undecodable)

    op_rec = run.steps.get("op")
    writes = [("op", group.op)] if OPS[group.op] == "write" else []
    writes.append(("post", "post"))
    # validateId() saying no at the request's first start: the store has
    # no such session, so a new, empty one is the right answer, and what
    # the request then does acts on that one.
    read_before = (run.steps.get("pre") or {}).get("value") == "c0"
    first_start_new = (fired is not None and fired["call"] == "validateId" and fired["fault"] == "false"
                       and not read_before)
    # A fault at close() comes after the store took the write: whether the
    # call then reports the failure or not, the write may be there.
    after_write = fired is not None and fired["call"] == "close"

    for step, op in writes:
        rec = run.steps.get(step)
        if rec is None or rec.get("outcome") == "died":
            continue
        in_step = fired is not None and fired["step"] == step
        # I4: nothing saved from a failed cycle (any mode: a write that
        # threw must not be saved later either, e.g. at the end of the request).
        if failed(op, rec) and not (after_write and in_step) and op in (
                "post", "segment.set", "segment.setFlash", "segment.setFlashNow", "csrf.getValue"):
            v.check("failed-write-not-saved", not effect_anywhere(op, run.store),
                    "step %s (%s) %s, but its write is in the store"
                    % (step, op, describe(rec)))
        # I5: a write that returned normally landed (the opt-in modes: the
        # default mode writes at the end of the request, as the library does).
        # keepFlash and commit act on data that was there before: when
        # that data is gone, committed-data-readable reports the loss.
        if op in ("segment.keepFlash", "session.commit") and dig(data, "app", "committed") != "c0":
            continue
        # commit() under lazy_lock=1 has nothing of its own to write: what it
        # promises is the earlier cycles' work, unless one of them already
        # reported its failure.
        if op == "session.commit" and any(r.get("outcome") == "threw" for r in run.steps.values()):
            continue
        if first_start_new and op in ("session.destroy", "session.regenerateId", "segment.keepFlash",
                                      "session.commit"):
            continue
        if group.lazy == 1 and succeeded(op, rec):
            v.check("returned-write-landed",
                    effect_landed(op, data, rec, run.seed_id, final_id, run.store),
                    "step %s (%s) returned %r, but the session the client holds (%s) does not have its write"
                    % (step, op, rec.get("value"), "id %s" % final_id))

    # I7: a write whose cycle finds its id gone from the store (validateId()
    # says no: another request's regenerateId() or destroy() retired it)
    # throws and writes nothing, and never mints a new session for it
    # (lazy_lock=1: the request read the session in an earlier cycle).
    retired = (fired is not None and fired["call"] == "validateId" and fired["fault"] == "false"
               and read_before and fired["step"] in dict(writes))
    if group.lazy == 1 and retired:
        step = fired["step"]
        op = dict(writes)[step]
        rec = run.steps.get(step) or {}
        known = (run.seed_id, (run.steps.get("pre") or {}).get("id"))
        minted = [rid for rid in run.store if rid not in known]
        # The id the request ends with is the cookie it sends: a minted one
        # moves the client to a session that holds nothing of its own.
        if client_id(run) not in known:
            minted.append("%s (the request's id at its end, not stored)" % client_id(run))
        v.check("retired-id-write-throws", rec.get("outcome") == "threw" and not minted,
                "step %s (%s) ran into an id the store no longer holds and %s; ids minted: %s"
                % (step, op, describe(rec) if rec.get("outcome") != "died" else "died", minted or "none"))

    # I6: the data committed before the fault is still readable under the
    # id the client holds, unless the operation removed it as asked.
    removal_done = group.op in REMOVES_COMMITTED and (
        succeeded(group.op, op_rec) or (op_rec or {}).get("outcome") == "died"
        or (after_write and fired["step"] == "op"))
    validate_said_no = first_start_new or (
        fired is not None and fired["call"] == "validateId" and fired["fault"] == "false"
        and not (group.lazy == 1 and retired))
    if group.strict and not removal_done and not validate_said_no:
        ok = dig(data, "app", "committed") == "c0" or run.next_read == "c0"
        where = "nowhere"
        if not ok:
            holders = [rid for rid, d in run.store.items() if dig(d, "app", "committed") == "c0"]
            if holders:
                where = "only under %s" % ", ".join(
                    "the seeded id" if h == run.seed_id else "id %s" % h for h in holders)
        v.check("committed-data-readable", ok,
                "the client now holds %s, whose session lacks app.committed (its next request reads %r); it is %s"
                % (holds(run, final_id), run.next_read, where))
    return v


def holds(run, sid):
    if sid is None:
        return "no session cookie (the response deleted it)"
    return "the seeded id" if sid == run.seed_id else "id %s" % sid


def describe(rec):
    if rec.get("outcome") == "threw":
        return "threw %s(%r)" % (rec.get("class"), rec.get("message"))
    return "returned %r" % (rec.get("value"),)


def session_cookies(stdout):
    """The session cookies the response sets, in order; None for one that
    deletes the cookie. php-cgi prints the headers before the body."""
    head = stdout.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0].decode("latin-1")
    out = []
    for line in head.splitlines():
        name, _, value = line.partition(":")
        if name.strip().lower() != "set-cookie":
            continue
        pair, _, attrs = value.strip().partition(";")
        cname, _, cvalue = pair.partition("=")
        if cname.strip() != SESSION_NAME:
            continue
        attrs = attrs.lower()
        deleted = cvalue in ("", "deleted") or "max-age=0" in attrs or "expires=thu, 01 jan 1970" in attrs
        if not deleted:
            m = re.search(r"expires=\w{3}, (\d{2}) (\w{3}) (\d{4})", attrs)
            deleted = bool(m) and int(m.group(3)) < 2000
        out.append(None if deleted else cvalue.strip())
    return out


def client_id(run):
    """The id the client holds after the request: the last session cookie
    the response set (None: it deleted the cookie), or the one it came with."""
    return run.cookies[-1] if run.cookies else run.seed_id


def library_view(group, plan, run, now):
    """The facts the lazy_lock=0 comparison needs, for either implementation:
    which writes were lost silently, whether the committed data stayed
    readable, whether a failed write was saved."""
    final_id = client_id(run)
    data = resolve(run.store, final_id, now)
    facts = {}
    writes = [("op", group.op)] if OPS[group.op] == "write" else []
    writes.append(("post", "post"))
    for step, op in writes:
        rec = run.steps.get(step)
        if rec and succeeded(op, rec):
            facts["silent-loss:" + step] = not effect_landed(op, data, rec, run.seed_id, final_id, run.store)
    op_rec = run.steps.get("op")
    removal_done = group.op in REMOVES_COMMITTED and succeeded(group.op, op_rec)
    if not removal_done:
        facts["committed-unreadable"] = dig(data, "app", "committed") != "c0"
    return facts


def compare_with_library(group, plan, ext_run, lib_run, now, verdict):
    """lazy_lock=0 with no lifetime: the extension must lose nothing the
    library keeps. It may surface a failure the library hides (an exception
    where the library carries on, as docs/guarantees.md lists), never the
    reverse."""
    # What the library run violates too is PHP's doing, not the extension's.
    lib_verdict = evaluate(group, plan, lib_run, now)
    lib_checks = {check for check, _ in lib_verdict.violations + [(c, d) for c, d, _ in lib_verdict.excused]}
    verdict.excuse(lambda check, detail: check in lib_checks,
                   "the PHP library, with the same fault, does the same")
    ext = library_view(group, plan, ext_run, now)
    lib = library_view(group, plan, lib_run, now)
    for fact, bad in sorted(ext.items()):
        if bad:
            verdict.check("same-as-library:" + fact.split(":")[0], lib.get(fact, False),
                          "extension: %s; the library, with the same fault, does not (library steps: %s)"
                          % (fact, {k: describe(r) if r.get("outcome") != "died" else "died"
                                    for k, r in lib_run.steps.items()}))
        else:
            verdict.checks += 1
