"""nginx + php-fpm serving tests/lazylock/app (one fpm pool per site) with
sessions in files or in Redis, for the lazy-lock tests and
`make bench-concurrency`. Site names are HANDLER-MODE: handler "files" or
"redis", mode "lazy0" (aura_session.lazy_lock=0), "lazy1" (=1) or "nolock"
(lazy_lock=0 and phpredis' locking off) or "library" (the PHP library from
the `library` source directory, in php-fpm without the extension); an
optional third part turns a session lifetime on as well (LIFETIMES), with
strict mode."""

import json
import os
import shutil
import tempfile

import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from common.app_server import NginxFpm
from common.procs import reap_group, signal_group, spawn
from farm.farm import RedisNode, redis_save_path

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


class Stack:
    def __init__(self, ext, sites, workers=WORKERS, library=None):
        self.ext = ext
        self.library = library
        self.sites = sites
        self.workers = workers
        self.tmp = None
        self.redis = None
        self.procs = []
        self.urls = {}
        self.session_dirs = {}

    def __enter__(self):
        self.tmp = tempfile.mkdtemp(prefix="aura-lazylock-")
        try:
            if any(site.startswith("redis") for site in self.sites):
                self.redis = RedisNode(self.tmp, "redis").start()
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
        node = NginxFpm(conf, ext, self._spawn, what="lazylock ", worker_connections=256)
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
        handler, mode, *lifetime = site.split("-")
        settings = {"session.name": SESSION_NAME, "session.lazy_write": "1",
                    "aura_session.lazy_lock": "1" if mode == "lazy1" else "0"}
        if mode == "library":
            del settings["aura_session.lazy_lock"]
            settings["auto_prepend_file"] = self._autoloader()
        for name in lifetime:
            settings.update(LIFETIMES[name], **{"session.use_strict_mode": "1"})
        if handler == "files":
            path = os.path.join(self.tmp, "sessions-" + site)
            os.mkdir(path)
            self.session_dirs[site] = path
            settings.update({"session.save_handler": "files", "session.save_path": path})
        else:
            settings.update({
                "session.save_handler": "redis",
                "session.save_path": redis_save_path(self.redis.port),
                "redis.session.locking_enabled": "0" if mode == "nolock" else "1",
                # waits up to 30 s for the lock, as long as any request here runs
                "redis.session.lock_wait_time": "2000",
                "redis.session.lock_retries": "15000",
                "redis.session.lock_expire": "60",
            })
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
        if self.tmp and not os.environ.get("LAZYLOCK_KEEP_TMP"):
            shutil.rmtree(self.tmp, ignore_errors=True)
        return False

    def php_errors(self):
        try:
            with open(os.path.join(self.tmp, "php-errors.log"), errors="replace") as fh:
                return fh.read()
        except OSError:
            return ""


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



