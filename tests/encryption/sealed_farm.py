"""nginx + php-fpm serving tests/encryption/app with
session.serialize_handler=aura_encrypted, one fpm pool per session store,
each store of its own on loopback: the files handler, a user
SessionHandlerInterface class (app/user-handler.php), phpredis `redis` with
its locking on and off (one redis-server), phpredis `rediscluster` (a
3-master Redis Cluster), php-memcached (a memcached) and the extension's own
`aura_redis` handler (on the same redis-server). A store whose
server or PHP module is missing is left out, with the reason in `skipped`.

The key file is php-fpm master's `-d aura_session.encryption_keys` (read
once at module startup); set_ring() rewrites it and restarts php-fpm, the
stores and nginx keep running. second_node() adds another Node (php-fpm
and nginx with a key file of their own, on the same stores): the farm's
second server. Each Store reads and writes the raw stored
value of a session id, as an attacker with access to the store would.
Everything is stopped when the SealedFarm is left; the pids are noted for
tests/farm/cleanup.sh as the farm's are."""

import base64
import hashlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from common.app_server import NginxFpm
from common.procs import find_binary, find_php_fpm, free_port, read_text, wait_started
from farm.farm import (RedisCluster, RedisNode, _note, cluster_save_path, redis_save_path, spawn_noted,
                       stop_group)

APP = Path(__file__).resolve().parent / "app"
SESSION_NAME = "ENCSESS"
WORKERS = 4
PREFIX = b"aura1:"
REDIS_PREFIX = "PHPREDIS_SESSION:"
CLUSTER_PREFIX = "PHPREDIS_CLUSTER_SESSION:"
MEMCACHED_PREFIX = "memc.sess.key."
AURA_REDIS_PREFIX = "aura_sess:"

# Each store's site: the save handler and how its raw values are reached.
STORES = ["files", "user", "redis-locked", "redis-unlocked", "cluster", "memcached", "aura-redis"]
# The stores whose handler locks a session from read to write, which
# lazy_lock's guarantees rest on (docs/lazy-lock.md), or that refuse a
# write over one made since the read (aura_redis); phpredis 5.3 has no
# locking for rediscluster, and the user handler here takes none.
LOCKING = {"files", "redis-locked", "memcached", "aura-redis"}


def new_key():
    """A key as a key file holds it: 32 random bytes in base64."""
    return base64.b64encode(os.urandom(32)).decode()


def key_id(key):
    """The 4-byte id a sealed value names its key by (src/crypto/ring.rs)."""
    raw = base64.b64decode(key)
    return hashlib.sha256(b"aura_session key fingerprint\0" + raw).digest()[:4]


def sealed_key_id(stored):
    """The key id inside a stored `aura1:` value."""
    assert stored.startswith(PREFIX), stored[:40]
    encoded = stored[len(PREFIX):].decode()
    raw = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4))
    return raw[1:5]


def short_hash(session_id):
    """How the extension's warnings name a session: never by its id."""
    return "#" + hashlib.sha256(session_id.encode()).hexdigest()[:12]


class Memcached:
    """One memcached on a free loopback port; get/put speak its text protocol."""

    def __init__(self, tmp):
        self.dir = os.path.join(tmp, "memcached")
        os.mkdir(self.dir)
        self.port = free_port()
        self.proc = None

    def start(self):
        args = [find_binary("memcached"), "-l", "127.0.0.1", "-p", str(self.port), "-U", "0", "-m", "64"]
        if os.geteuid() == 0:
            args += ["-u", "root"]
        log = os.path.join(self.dir, "memcached.out")
        self.proc = spawn_noted(args, log, self.dir)
        wait_started(self.proc, self._answers, "memcached", "answer version", log)
        return self

    def _answers(self):
        try:
            return self._talk(b"version\r\n", b"\r\n").startswith(b"VERSION")
        except OSError:
            return False

    def _talk(self, command, end):
        with socket.create_connection(("127.0.0.1", self.port), timeout=2) as sock:
            sock.sendall(command)
            data = b""
            while not data.endswith(end):
                chunk = sock.recv(65536)
                if not chunk:
                    break
                data += chunk
            return data

    def get(self, key):
        """(value, flags) or (None, None)."""
        reply = self._talk(b"get %s\r\n" % key.encode(), b"END\r\n")
        if not reply.startswith(b"VALUE "):
            return None, None
        head, rest = reply.split(b"\r\n", 1)
        _, _, flags, size = head.split()
        return rest[:int(size)], int(flags)

    def put(self, key, value, flags=0):
        reply = self._talk(b"set %s %d 0 %d\r\n%s\r\n" % (key.encode(), flags, len(value), value), b"\r\n")
        assert reply == b"STORED\r\n", reply

    def stop(self):
        stop_group(self.proc)
        self.proc = None


class Store:
    """The raw stored value of a session id in one site's store."""

    def __init__(self, farm, site):
        self.farm = farm
        self.site = site

    def _file(self, sid):
        prefix = "user_" if self.site == "user" else "sess_"
        return os.path.join(self.farm.session_dirs[self.site], prefix + sid)

    def raw(self, sid):
        """The bytes stored for sid, None when there are none."""
        if self.site in ("files", "user"):
            try:
                with open(self._file(sid), "rb") as fh:
                    return fh.read()
            except FileNotFoundError:
                return None
        if self.site == "memcached":
            return self.farm.memcached.get(MEMCACHED_PREFIX + sid)[0]
        if self.site == "aura-redis":
            return self.farm.redis.call("HGET", self._key(sid), "d")
        return self.redis_node(sid).call("GET", self._key(sid))

    def copy(self, source, target):
        """Stores source's value under target, as it is stored (memcached's
        flags included): what someone with access to the store can do."""
        if self.site in ("files", "user"):
            shutil.copyfile(self._file(source), self._file(target))
        elif self.site == "memcached":
            value, flags = self.farm.memcached.get(MEMCACHED_PREFIX + source)
            self.farm.memcached.put(MEMCACHED_PREFIX + target, value, flags)
        elif self.site == "aura-redis":
            # the data and a version, as the handler writes a session
            self.farm.redis.call("HSET", self._key(target), "d", self.raw(source), "v", "1")
        else:
            value = self.raw(source)
            assert self.redis_node(target).call("SET", self._key(target), value) == "OK"

    def _key(self, sid):
        if self.site == "aura-redis":
            return "%s{%s}" % (AURA_REDIS_PREFIX, sid)
        return (CLUSTER_PREFIX if self.site == "cluster" else REDIS_PREFIX) + sid

    def redis_node(self, sid):
        if self.site == "cluster":
            return self.farm.cluster.node_for_key(self._key(sid))
        return self.farm.redis

    def age_timestamp(self, sid):
        """Makes the store's expiry of sid look old; touched(sid) then
        tells whether the session module refreshed it since. None where the
        store cannot tell (memcached)."""
        if self.site in ("files", "user"):
            old = time.time() - 3600
            os.utime(self._file(sid), (old, old))
            return True
        if self.site == "memcached":
            return None
        self.redis_node(sid).call("EXPIRE", self._key(sid), 100)
        return True

    def touched(self, sid):
        if self.site in ("files", "user"):
            return os.path.getmtime(self._file(sid)) > time.time() - 600
        return self.redis_node(sid).call("TTL", self._key(sid)) > 1000


class Node:
    """One server of the farm: a php-fpm master, with nginx in front, serving
    every site on ports of its own, and reading a key file of its own (its
    directory's aura-session.keys). Its processes are the farm's to stop."""

    def __init__(self, farm, name, directory, ring):
        self.farm = farm
        self.dir = directory
        self.key_file = os.path.join(directory, "aura-session.keys")
        self.ring = list(ring)
        self.urls = {}
        self._write_ring()
        # A reload lets the old workers finish their requests for this long
        # (php-fpm's default, 0, ends them at once).
        self.web = NginxFpm(directory, farm.ext, self._spawn, what=name + " ", worker_connections=256,
                            fpm_global_settings=["process_control_timeout = 20s"],
                            pool_settings=["php_value[session.serialize_handler] = aura_encrypted"],
                            php_defines=["aura_session.encryption_keys=" + self.key_file])
        for site in farm.sites:
            port, _ = self.web.add_site(site, "127.0.0.1", WORKERS, farm.php_error_log,
                                        farm.site_settings[site], app=APP)
            self.urls[site] = "http://127.0.0.1:%d/" % port
        self.web.start()

    def _spawn(self, args, log_name, env=None):
        proc = spawn_noted(args, os.path.join(self.dir, log_name), self.farm.tmp, env)
        self.farm.procs.append(proc)
        return proc

    def _write_ring(self, key_text=None):
        if key_text is None:
            key_text = "# written by tests/encryption: the first key seals\n" + "".join(k + "\n" for k in self.ring)
        with open(self.key_file, "w") as fh:
            fh.write(key_text)

    def restart_fpm(self, key_text=None):
        """Stops php-fpm (its workers finish their requests) and starts it
        again on the same pools and ports, which reads the key file anew;
        key_text, when given, is what the key file then holds."""
        stop_group(self.web.fpm, signal.SIGQUIT)
        self._write_ring(key_text)
        self.web.start_fpm()

    def set_ring(self, keys):
        self.ring = list(keys)
        self.restart_fpm()

    def reload(self, keys):
        """Writes the ring and reloads php-fpm as `systemctl reload` does
        (SIGUSR2: the master executes itself again, keeping its listening
        sockets, and its old workers finish their requests); returns once the
        new master is ready."""
        self.ring = list(keys)
        self._write_ring()
        log = os.path.join(self.dir, "php-fpm.log")
        ready = read_text(log).count("ready to handle connections")
        os.kill(self.web.fpm.pid, signal.SIGUSR2)
        deadline = time.monotonic() + 30
        while read_text(log).count("ready to handle connections") <= ready:
            assert self.web.fpm.poll() is None, "php-fpm exited on reload: " + read_text(log)[-2000:]
            assert time.monotonic() < deadline, "php-fpm did not reload: " + read_text(log)[-2000:]
            time.sleep(0.02)


class SealedFarm:
    def __init__(self, ext, stores=STORES):
        self.ext = ext
        self.wanted = stores
        self.tmp = None
        self.redis = None
        self.cluster = None
        self.memcached = None
        self.nodes = []
        self.procs = []
        self.sites = []
        self.skipped = {}
        self.site_settings = {}
        self.session_dirs = {}
        self.excused = []   # (start, end) spans of the PHP log a test has checked itself

    # ---- which stores this machine has -------------------------------------------

    def _missing(self, site):
        modules = fpm_modules()
        if site == "aura-redis":
            return None if shutil.which("redis-server") else "redis-server is not installed (scripts/setup-farm.sh)"
        if site.startswith("redis") or site == "cluster":
            if "redis" not in modules:
                return "php-fpm has no redis module (phpredis; scripts/setup-farm.sh installs it " \
                       "where Debian packages it for this PHP)"
            if not shutil.which("redis-server"):
                return "redis-server is not installed (scripts/setup-farm.sh)"
            if site == "cluster" and not shutil.which("redis-cli"):
                return "redis-cli is not installed (scripts/setup-farm.sh)"
        if site == "memcached":
            if "memcached" not in modules:
                return "php-fpm has no memcached module (php-memcached; scripts/setup-farm.sh installs " \
                       "it where Debian packages it for this PHP)"
            try:
                find_binary("memcached")
            except RuntimeError:
                return "the memcached server is not installed (scripts/setup-farm.sh)"
        return None

    def __enter__(self):
        self.tmp = tempfile.mkdtemp(prefix="aura-farm-encryption-")
        _note("dir " + self.tmp)
        try:
            for site in self.wanted:
                why = self._missing(site)
                if why:
                    self.skipped[site] = why
                else:
                    self.sites.append(site)
            if any(s.startswith("redis") or s == "aura-redis" for s in self.sites):
                self.redis = RedisNode(self.tmp, "redis").start()
            if "cluster" in self.sites:
                self.cluster = RedisCluster(self.tmp).start()
            if "memcached" in self.sites:
                self.memcached = Memcached(self.tmp).start()
            for site in self.sites:
                self.site_settings[site] = self._settings(site)
            self.nodes.append(Node(self, "encryption", self.tmp, [new_key()]))
            return self
        except BaseException:
            self.__exit__()
            raise

    def _settings(self, site):
        settings = {"session.name": SESSION_NAME, "session.lazy_write": "1",
                    "session.use_strict_mode": "1", "session.gc_maxlifetime": "1440",
                    "session.gc_probability": "0"}
        if site in ("files", "user"):
            path = os.path.join(self.tmp, "sessions-" + site)
            os.mkdir(path)
            self.session_dirs[site] = path
            settings["session.save_path"] = path
            if site == "files":
                settings["session.save_handler"] = "files"
            else:
                settings["auto_prepend_file"] = str(APP / "user-handler.php")
        elif site == "memcached":
            settings.update({"session.save_handler": "memcached",
                             "session.save_path": "127.0.0.1:%d" % self.memcached.port})
        elif site == "aura-redis":
            settings.update({"session.save_handler": "aura_redis",
                             "session.save_path": "redis://127.0.0.1:%d" % self.redis.port})
        elif site == "cluster":
            settings.update({"session.save_handler": "rediscluster",
                             "session.save_path": cluster_save_path(self.cluster.ports),
                             "redis.session.locking_enabled": "1"})
        else:
            settings.update({
                "session.save_handler": "redis",
                "session.save_path": redis_save_path(self.redis.port),
                "redis.session.locking_enabled": "1" if site == "redis-locked" else "0",
                "redis.session.lock_wait_time": "2000",
                "redis.session.lock_retries": "5000",
                "redis.session.lock_expire": "30",
            })
        return settings

    @property
    def php_error_log(self):
        return os.path.join(self.tmp, "php-errors.log")

    def php_errors(self):
        return read_text(self.php_error_log)

    def unexcused_errors(self):
        """The PHP log without the spans tests checked themselves."""
        text, kept, at = self.php_errors(), [], 0
        for start, end in sorted(self.excused):
            kept.append(text[at:start])
            at = max(at, end)
        return "".join(kept) + text[at:]

    # The first node is the one every test uses; the second is there for the
    # tests of a farm (tests/encryption/test_two_nodes.py).

    @property
    def urls(self):
        return self.nodes[0].urls

    def restart_fpm(self, key_text=None):
        self.nodes[0].restart_fpm(key_text)

    def set_ring(self, keys):
        self.nodes[0].set_ring(keys)

    def second_node(self):
        """The farm's second server, started on first use with the first
        one's ring."""
        if len(self.nodes) == 1:
            directory = os.path.join(self.tmp, "node-b")
            os.mkdir(directory)
            self.nodes.append(Node(self, "encryption node b", directory, self.nodes[0].ring))
        return self.nodes[1]

    def __exit__(self, *exc):
        for proc in reversed(self.procs):
            stop_group(proc, signal.SIGQUIT if "php-fpm" in " ".join(map(str, proc.args)) else signal.SIGTERM)
        for node in self.nodes:
            stop_group(node.web.fpm)
        if self.memcached:
            self.memcached.stop()
        if self.cluster:
            self.cluster.stop()
        if self.redis:
            self.redis.stop()
        if self.tmp and not os.environ.get("FARM_KEEP_TMP"):
            shutil.rmtree(self.tmp, ignore_errors=True)
        return False


_modules = None


def fpm_modules():
    """The modules php-fpm loads (read whole: see scripts/farm-test.sh)."""
    global _modules
    if _modules is None:
        out = subprocess.run([find_php_fpm(), "-m"], capture_output=True, text=True, timeout=30).stdout
        _modules = {line.strip().lower() for line in out.splitlines()}
    return _modules
