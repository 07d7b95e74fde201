"""nginx + php-fpm serving tests/lazylock/app (one fpm pool per site) with
sessions in files, in Redis or behind a user save handler, for the lazy-lock
tests, the native Redis store's tests (tests/redisstore) and `make
bench-concurrency`. Site names are HANDLER-MODE[-OPTION...]: handler
"files", "redis" (phpredis on a standalone Redis), "rediscluster" (phpredis
on a 3-master Redis Cluster), "aura" (the extension's own save handler
aura_redis on the standalone Redis), "auracluster" (aura_redis on the
Cluster), "user" (app/user-handler.php: files without locking, the way many
framework drivers store sessions) or "wrapped" (the files handler, its
locking included, behind a SessionHandler subclass that the test endpoints
can stall: app/wrapped-handler.php), mode "lazy0"
(aura_session.lazy_lock=0), "lazy1" (=1) or "nolock" (lazy_lock=0 and
phpredis' locking off) or "library" (the PHP library from the `library`
source directory, in php-fpm without the extension); each further part turns
an option on: a session lifetime (LIFETIMES, with strict mode) or one of
OPTIONS (AURA_OPTIONS first for the aura handlers)."""

import json
import os
import shutil
import tempfile

import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from common.app_server import NginxFpm
from common.procs import read_text, reap_group, signal_group, spawn
from farm.farm import RedisCluster, RedisNode, cluster_save_path, redis_save_path, scan_keys

APP = Path(__file__).resolve().parent / "app"
WORKERS = 8
SESSION_NAME = "LAZYLOCK"
# A prepend file loading the PHP library's classes from its source directory.
AUTOLOADER = r"""<?php
spl_autoload_register(function ($class) {
    $prefix = 'Aura\\Session\\';
    if (strncmp($class, $prefix, strlen($prefix)) === 0) {
        require %s . '/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
    }
});
"""
# Short enough for a test to wait out.
LIFETIMES = {
    "idle": {"aura_session.idle_timeout": "2"},
    "rotate": {"aura_session.rotate_interval": "1", "aura_session.rotate_grace": "5"},
}
OPTIONS = {
    "strict": {"session.use_strict_mode": "1"},
    "unlocked": {"redis.session.locking_enabled": "0"},
    # A waiter gives up on phpredis' lock after 100 x 10 ms (then phpredis
    # reads anyway and refuses the write); a holder that died frees it after
    # 3 s. Short enough for a test to wait out, long against a cycle's work.
    "shortlock": {"redis.session.lock_wait_time": "10000", "redis.session.lock_retries": "100",
                  "redis.session.lock_expire": "3"},
}
# The extension's aura_redis handler: timeouts in milliseconds (as
# farm.REDIS_TIMEOUT for phpredis); "shortlock" lets a dead holder's lock
# expire after 2 s, and a waiter try for 4 s, so that it outlives the lock.
AURA_INI = {"aura_session.redis_connect_timeout": "500", "aura_session.redis_timeout": "500"}
AURA_OPTIONS = {
    "shortlock": {"aura_session.redis_lock_ttl": "2000", "aura_session.redis_lock_wait": "4000"},
}
# What the stalling test endpoints (app/index.php, op=stall) write their
# worker's pid into: a directory of the stack's, named by this variable.
MARKS_ENV = "LAZYLOCK_MARKS"


class Stack:
    def __init__(self, ext, sites, workers=WORKERS, library=None, redis_fsync="everysec",
                 cluster_replicas=0):
        self.ext = ext
        self.cluster_replicas = cluster_replicas
        self.cluster = None
        self.redis_fsync = redis_fsync
        self.library = library
        self.sites = sites
        self.workers = workers
        self.tmp = None
        self.redis = None
        self.procs = []
        self.urls = {}
        self.session_dirs = {}
        self.marks = None

    def __enter__(self):
        self.tmp = tempfile.mkdtemp(prefix="aura-lazylock-")
        self.marks = os.path.join(self.tmp, "marks")
        os.mkdir(self.marks)
        try:
            handlers = {site.split("-")[0] for site in self.sites}
            if handlers & {"redis", "aura"}:
                self.redis = RedisNode(self.tmp, "redis", appendfsync=self.redis_fsync).start()
            if handlers & {"rediscluster", "auracluster"}:
                self.cluster = RedisCluster(self.tmp, replicas=self.cluster_replicas,
                                            appendfsync=self.redis_fsync).start()
            native = [site for site in self.sites if site.split("-")[1] != "library"]
            library = [site for site in self.sites if site not in native]
            if native:
                self._node(self.tmp, self.ext, native)
            if library:
                conf = os.path.join(self.tmp, "library")
                os.mkdir(conf)
                self._node(conf, None, library)
            return self
        except BaseException:
            self.__exit__()
            raise

    def _node(self, conf, ext, sites):
        node = NginxFpm(conf, ext, self._spawn, what="lazylock ", worker_connections=1024,
                        pool_settings=["env[%s] = %s" % (MARKS_ENV, self.marks)])
        for site in sites:
            port, _ = node.add_site(site, "127.0.0.1", self.workers,
                                    os.path.join(self.tmp, "php-errors.log"),
                                    self._settings(site), app=APP)
            self.urls[site] = "http://127.0.0.1:%d/" % port
        node.start()

    def _autoloader(self):
        """A prepend file that loads the library's classes from its source."""
        path = os.path.join(self.tmp, "library-autoload.php")
        with open(path, "w") as fh:
            fh.write(AUTOLOADER % json.dumps(str(self.library)))
        return path

    def _settings(self, site):
        handler, mode, *options = site.split("-")
        settings = {"session.name": SESSION_NAME, "session.lazy_write": "1",
                    "aura_session.lazy_lock": "1" if mode == "lazy1" else "0"}
        if mode == "library":
            del settings["aura_session.lazy_lock"]
            settings["auto_prepend_file"] = self._autoloader()
        if handler in ("files", "user", "wrapped"):
            path = os.path.join(self.tmp, "sessions-" + site)
            os.mkdir(path)
            self.session_dirs[site] = path
            settings["session.save_path"] = path
            if handler == "files":
                settings["session.save_handler"] = "files"
            else:
                # session_set_save_handler() sets session.save_handler=user,
                # which fails silently once php_admin_value fixed it: the
                # wrapped files handler is php.ini's default one
                settings["auto_prepend_file"] = str(APP / (handler + "-handler.php"))
        elif handler in ("aura", "auracluster"):
            if handler == "aura":
                path = "redis://127.0.0.1:%d" % self.redis.port
            else:
                path = ",".join("redis://127.0.0.1:%d" % port for port in self.cluster.ports)
            settings.update(AURA_INI, **{"session.save_handler": "aura_redis", "session.save_path": path,
                                         "aura_session.redis_cluster": "1" if handler == "auracluster" else "0"})
        else:
            settings.update({
                "session.save_handler": "rediscluster" if handler == "rediscluster" else "redis",
                "session.save_path": (cluster_save_path(self.cluster.ports) if handler == "rediscluster"
                                      else redis_save_path(self.redis.port)),
                "redis.session.locking_enabled": "0" if mode == "nolock" else "1",
                # waits up to 30 s for the lock, as long as any request here runs
                "redis.session.lock_wait_time": "2000",
                "redis.session.lock_retries": "15000",
                "redis.session.lock_expire": "60",
            })
        for name in options:
            if name in LIFETIMES:
                settings.update(LIFETIMES[name], **{"session.use_strict_mode": "1"})
            elif handler.startswith("aura") and name in AURA_OPTIONS:
                settings.update(AURA_OPTIONS[name])
            else:
                settings.update(OPTIONS[name])
        return settings

    def _spawn(self, args, log_name, env=None):
        proc = spawn(args, os.path.join(self.tmp, log_name), self.tmp, env)
        self.procs.append(proc)
        return proc

    def __exit__(self, *exc):
        for proc in reversed(self.procs):
            if proc.poll() is None:
                signal_group(proc, 15)
        for proc in reversed(self.procs):
            reap_group(proc)
        if self.redis:
            self.redis.stop()
        if self.cluster:
            self.cluster.stop()
        if self.tmp and not os.environ.get("LAZYLOCK_KEEP_TMP"):
            shutil.rmtree(self.tmp, ignore_errors=True)
        return False

    def php_errors(self):
        return read_text(os.path.join(self.tmp, "php-errors.log"))

    def fpm_log(self):
        """php-fpm's own log (workers that exited on a signal, respawns)."""
        return read_text(os.path.join(self.tmp, "php-fpm.log"))

    def stored_ids(self, site):
        """The ids of the sessions the site's store holds."""
        if site in self.session_dirs:
            return {name[len("sess_"):] for name in os.listdir(self.session_dirs[site])
                    if name.startswith("sess_") and "." not in name}
        prefix = "PHPREDIS_SESSION:"
        return {key.decode()[len(prefix):] for key in scan_keys(self.redis.port, prefix + "*")
                if not key.endswith(b"_LOCK")}

    def redis_locks(self):
        """phpredis' lock keys left in the stack's Redis."""
        return scan_keys(self.redis.port, "*_LOCK")


def call(url, op, session_id=None, **params):
    """One request; returns (answer, seconds taken, the raw body)."""
    query = "&".join(["op=" + op] + ["%s=%s" % item for item in params.items()])
    req = urllib.request.Request(url + "?" + query)
    if session_id:
        req.add_header("Cookie", "%s=%s" % (SESSION_NAME, session_id))
    began = time.monotonic()
    with urllib.request.urlopen(req, timeout=120) as resp:
        body = resp.read().decode()
    taken = time.monotonic() - began
    return json.loads(body.strip()), taken, body


class Answer:
    """One request's outcome, whatever it was: status (0 when no HTTP answer
    came), json (the decoded body, or None), cookies (the session ids its
    Set-Cookie headers set, in order; "deleted" for a removal), seconds."""

    def __init__(self, status, json_body, cookies, seconds, body):
        self.status = status
        self.json = json_body
        self.cookies = cookies
        self.seconds = seconds
        self.body = body

    @property
    def ok(self):
        """Answered as a success: the app reports every failure it sees as
        a status other than 200 or as an "error" or "conflict" entry."""
        return self.status == 200 and self.json is not None and not (
            self.json.get("error") or self.json.get("conflict"))

    def __repr__(self):
        return "Answer(%d, %r, cookies=%r, %.3fs)" % (self.status, self.json or self.body[:300],
                                                      self.cookies, self.seconds)


def request(url, op, session_id=None, timeout=30, **params):
    """One request that may fail (an error status, a worker killed, a
    timeout): returns an Answer instead of raising."""
    query = "&".join(["op=" + op] + ["%s=%s" % item for item in params.items()])
    req = urllib.request.Request(url + "?" + query)
    if session_id:
        req.add_header("Cookie", "%s=%s" % (SESSION_NAME, session_id))
    began = time.monotonic()
    status, headers, body = 0, None, b""
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            status, headers, body = resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as e:
        status, headers, body = e.code, e.headers, e.read()
    except OSError as e:  # refused, reset, timed out
        body = repr(e).encode()
    taken = time.monotonic() - began
    text = body.decode(errors="replace")
    try:
        answer = json.loads(text.strip())
    except ValueError:
        answer = None
    cookies = []
    for line in (headers.get_all("Set-Cookie") if headers else None) or []:
        name, _, rest = line.partition("=")
        if name.strip() == SESSION_NAME:
            cookies.append(rest.split(";", 1)[0])
    return Answer(status, answer if isinstance(answer, dict) else None, cookies, taken, text)


def new_session(url):
    answer, _, _ = call(url, "start")
    return answer["id"]


def parallel(calls, stagger=0.0):
    """Runs the (url, op, session_id, params) calls at once, each in its own
    thread (started `stagger` seconds apart); returns their call() results
    in order."""
    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        futures = []
        for url, op, sid, params in calls:
            futures.append(pool.submit(call, url, op, sid, **params))
            if stagger:
                time.sleep(stagger)
        return [f.result() for f in futures]



