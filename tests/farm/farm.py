"""A session farm on loopback for the farm tests and the load check:

- a standalone redis-server (AOF on) in its own temp dir, on a random port;
- optionally a 3-master Redis Cluster (cluster-enabled, no replicas, or one
  replica per master for failover tests), made with `redis-cli --cluster
  create`;
- two app nodes, each an nginx in front of its own php-fpm master, serving
  examples/app with the aura_session extension and Debian's phpredis as the
  session save handler, or the extension's own aura_redis.

Each app node serves several *profiles* side by side (one fpm pool and one
nginx port per profile), so a test can talk to the same two nodes with
locking on, with locking off, or with the cluster as the session store, and
the load check with aura_redis beside them.

Everything listens on 127.0.0.1, lives under one temp dir, and is stopped
(process group: SIGCONT, SIGTERM, then SIGKILL) when the Farm is left, also
on an exception, Ctrl-C or SIGTERM. The pid of every process started is also
appended to FARM_PIDS_FILE when that is set (and the temp dir, as "dir PATH"),
so a wrapping shell script can clean up even after a SIGKILL of the Python
process (tests/farm/cleanup.sh).
"""

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from common.app_server import DEFAULT_EXT, NginxFpm
from common.procs import find_binary, free_port, read_text, reap_group, signal_group, spawn, wait_started

# ---- the php.ini settings under test (docs/farm.md explains each) -------------

# Connect and read timeouts of the phpredis session handler, in seconds: a
# stopped Redis answers "connection refused" at once, a frozen one costs at
# most this per command before phpredis gives up (and throws).
REDIS_TIMEOUT = 0.5
LOCK_WAIT_US = 10000      # redis.session.lock_wait_time: 10 ms between tries
LOCK_RETRIES = 300        # redis.session.lock_retries: 300 x 10 ms = at most 3 s waiting
LOCK_EXPIRE = 10          # redis.session.lock_expire: as long as the longest request may run
REQUEST_TIMEOUT = 10      # max_execution_time (CPU time) and fpm's request_terminate_timeout (wall clock)

COMMON_INI = {
    "session.use_strict_mode": "1",
    "session.use_only_cookies": "1",
    "session.cookie_httponly": "1",
    "session.gc_maxlifetime": "1440",
    "session.lazy_write": "1",
    "default_socket_timeout": "2",
    "max_execution_time": str(REQUEST_TIMEOUT),
    "redis.session.lock_wait_time": str(LOCK_WAIT_US),
    "redis.session.lock_retries": str(LOCK_RETRIES),
    "redis.session.lock_expire": str(LOCK_EXPIRE),
}


def redis_save_path(port, persistent=False):
    return "tcp://127.0.0.1:%d?timeout=%g&read_timeout=%g&persistent=%d" % (
        port, REDIS_TIMEOUT, REDIS_TIMEOUT, 1 if persistent else 0)


def aura_save_path(ports):
    """session.save_path of the extension's aura_redis handler: the Redis, or
    a Cluster's seeds."""
    return ",".join("redis://127.0.0.1:%d" % p for p in ports)


def cluster_save_path(ports):
    seeds = "&".join("seed[]=127.0.0.1:%d" % p for p in ports)
    return "%s&timeout=%g&read_timeout=%g&failover=none&persistent=0" % (seeds, REDIS_TIMEOUT, REDIS_TIMEOUT)


# ---- processes ------------------------------------------------------------------

def _note(line):
    path = os.environ.get("FARM_PIDS_FILE")
    if path:
        with open(path, "a") as fh:
            fh.write(line + "\n")


def _note_pid(pid):
    _note("%d" % pid)


def spawn_noted(args, log_path, cwd, env=None):
    """spawn(), with the pid noted in FARM_PIDS_FILE."""
    proc = spawn(args, log_path, cwd, env)
    _note_pid(proc.pid)
    return proc


def stop_group(proc, sig=signal.SIGTERM, wait=5.0):
    """Stops a process started by spawn_noted() and everything in its group."""
    if proc is None or proc.poll() is not None:
        return
    # SIGCONT first: a frozen process ignores TERM until woken
    if signal_group(proc, signal.SIGCONT, sig):
        reap_group(proc, wait)


def wait_for(what, check, timeout, interval=0.05):
    """Polls check() until it returns something truthy; raises after timeout."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            last = check()
            if last:
                return last
        except Exception as exc:  # noqa: BLE001  (reported on timeout)
            last = exc
        time.sleep(interval)
    raise RuntimeError("timed out after %.0fs waiting for %s (last: %r)" % (timeout, what, last))


# ---- a small RESP client (enough for the tests' own look at Redis) ---------------

class RedisError(Exception):
    pass


class Resp:
    def __init__(self, port, timeout=2.0):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        self.buf = b""

    def close(self):
        self.sock.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _fill(self):
        chunk = self.sock.recv(65536)
        if not chunk:
            raise ConnectionError("connection closed by Redis")
        self.buf += chunk

    def _line(self):
        while b"\r\n" not in self.buf:
            self._fill()
        line, self.buf = self.buf.split(b"\r\n", 1)
        return line

    def _exact(self, n):
        while len(self.buf) < n + 2:
            self._fill()
        data, self.buf = self.buf[:n], self.buf[n + 2:]
        return data

    def _reply(self):
        line = self._line()
        kind, rest = line[:1], line[1:]
        if kind == b"+":
            return rest.decode()
        if kind == b"-":
            raise RedisError(rest.decode())
        if kind == b":":
            return int(rest)
        if kind == b"$":
            n = int(rest)
            return None if n < 0 else self._exact(n)
        if kind == b"*":
            n = int(rest)
            return None if n < 0 else [self._reply() for _ in range(n)]
        raise RedisError("unexpected reply %r" % line)

    def call(self, *args):
        out = [b"*%d\r\n" % len(args)]
        for a in args:
            a = a if isinstance(a, bytes) else str(a).encode()
            out.append(b"$%d\r\n%s\r\n" % (len(a), a))
        self.sock.sendall(b"".join(out))
        return self._reply()


def redis_call(port, *args, timeout=2.0):
    with Resp(port, timeout) as r:
        return r.call(*args)


def scan_keys(port, pattern):
    keys, cursor = [], b"0"
    with Resp(port) as r:
        while True:
            cursor, batch = r.call("SCAN", cursor, "MATCH", pattern, "COUNT", 1000)
            keys.extend(batch)
            if cursor == b"0":
                return sorted(keys)


# ---- Redis ------------------------------------------------------------------------

class RedisNode:
    """One redis-server with AOF on, in its own dir, on a fixed random port.
    stop() and start() again keep the port and the dir (and so the data)."""

    def __init__(self, farm_tmp, name, cluster=False, appendfsync="everysec"):
        self.name = name
        self.dir = os.path.join(farm_tmp, name)
        os.mkdir(self.dir)
        self.port = free_port()
        self.cluster = cluster
        self.proc = None
        self.log = os.path.join(self.dir, "redis.log")
        self.conf = os.path.join(self.dir, "redis.conf")
        lines = [
            "bind 127.0.0.1",
            "protected-mode yes",
            "port %d" % self.port,
            "dir %s" % self.dir,
            "daemonize no",
            "logfile %s" % self.log,
            'save ""',                      # AOF only: every write is in appendonly
            "appendonly yes",
            "appendfsync %s" % appendfsync,
            "maxclients 1000",
        ]
        if cluster:
            self.bus_port = free_port(avoid=[self.port])
            lines += [
                "cluster-enabled yes",
                "cluster-port %d" % self.bus_port,   # not port + 10000, which may be taken or > 65535
                "cluster-config-file nodes.conf",
                "cluster-node-timeout 1000",
                # the slots of the other masters keep working while one is down
                "cluster-require-full-coverage no",
            ]
        with open(self.conf, "w") as fh:
            fh.write("\n".join(lines) + "\n")

    def start(self):
        server = find_binary("redis-server")
        self.proc = spawn_noted([server, self.conf], os.path.join(self.dir, "redis.out"), self.dir)
        wait_started(self.proc, self._answers_ping, "redis " + self.name, "answer PING", self.log)
        return self

    def _answers_ping(self):
        try:
            return redis_call(self.port, "PING", timeout=0.5) == "PONG"
        except (OSError, RedisError):
            return False  # still loading the AOF

    def stop(self, sig=signal.SIGTERM):
        """SIGTERM is Redis' clean shutdown (the AOF is flushed); SIGKILL a crash."""
        stop_group(self.proc, sig)
        self.proc = None

    def freeze(self):
        os.killpg(self.proc.pid, signal.SIGSTOP)

    def thaw(self):
        os.killpg(self.proc.pid, signal.SIGCONT)

    @property
    def running(self):
        return self.proc is not None and self.proc.poll() is None

    def call(self, *args):
        return redis_call(self.port, *args)


class RedisCluster:
    """Three masters (size), created with redis-cli --cluster create, each with
    `replicas` replicas (none by default; with them, failover() promotes a
    master's replica with CLUSTER FAILOVER)."""

    def __init__(self, farm_tmp, size=3, replicas=0, appendfsync="everysec"):
        self.replicas = replicas
        self.nodes = [RedisNode(farm_tmp, "cluster-%d" % i, cluster=True, appendfsync=appendfsync)
                      for i in range(size * (1 + replicas))]

    @property
    def ports(self):
        return [n.port for n in self.nodes]

    def start(self):
        try:
            return self._start()
        except BaseException:
            self.stop()
            raise

    def _start(self):
        for n in self.nodes:
            n.start()
        cli = find_binary("redis-cli")
        args = [cli, "--cluster", "create"] + ["127.0.0.1:%d" % p for p in self.ports] + [
            "--cluster-replicas", str(self.replicas), "--cluster-yes"]
        out = subprocess.run(args, capture_output=True, text=True, timeout=60)
        if out.returncode != 0 or "All 16384 slots covered" not in out.stdout:
            raise RuntimeError("redis-cli --cluster create failed:\n%s%s" % (out.stdout[-2000:], out.stderr[-2000:]))
        self.wait_ok()
        return self

    def stop(self):
        for n in self.nodes:
            n.stop()

    def state_ok(self):
        for n in self.nodes:
            info = n.call("CLUSTER", "INFO").decode()
            if "cluster_state:ok" not in info or "cluster_slots_ok:16384" not in info:
                return False
            # every node must also see every other as connected, no pfail/fail
            for line in n.call("CLUSTER", "NODES").decode().splitlines():
                if "fail" in line.split()[2] or "disconnected" in line:
                    return False
            # a replica counts once it has synced with its master
            if self.replicas and "role:slave" in (info := n.call("INFO", "replication").decode()):
                if "master_link_status:up" not in info or "master_sync_in_progress:0" not in info:
                    return False
        return True

    def wait_ok(self, timeout=20.0):
        return wait_for("cluster_state:ok on every node", self.state_ok, timeout, 0.1)

    def node_for_key(self, key):
        """The node that holds key's slot."""
        for n in self.nodes:
            if not n.running:
                continue
            slot = n.call("CLUSTER", "KEYSLOT", key)
            for start, end, master, *_ in n.call("CLUSTER", "SLOTS"):
                if start <= slot <= end:
                    port = master[1]
                    return next(x for x in self.nodes if x.port == port)
        raise RuntimeError("no running cluster node to ask")

    def get(self, key):
        return self.node_for_key(key).call("GET", key)

    def is_master(self, node):
        return node.call("ROLE")[0] == b"master"

    def keys(self, pattern):
        """The keys matching pattern on the masters (replicas hold copies)."""
        out = []
        for n in self.nodes:
            if n.running and self.is_master(n):
                out += scan_keys(n.port, pattern)
        return sorted(out)

    def replica_of(self, master):
        """A replica of master (a RedisNode)."""
        for n in self.nodes:
            if n is not master and n.running:
                role = n.call("ROLE")
                if role[0] == b"slave" and role[2] == master.port:
                    return n
        raise RuntimeError("no running replica of the node on port %d" % master.port)

    def failover(self, master, timeout=20.0):
        """Promotes a replica of master with CLUSTER FAILOVER (the coordinated
        kind: the master stops taking writes until the replica caught up);
        returns the new master once every node sees the cluster ok again."""
        replica = self.replica_of(master)
        if replica.call("CLUSTER", "FAILOVER") != "OK":
            raise RuntimeError("CLUSTER FAILOVER refused")
        wait_for("the replica on port %d to become master" % replica.port,
                 lambda: self.is_master(replica), timeout, 0.02)
        self.wait_ok(timeout)
        return replica


# ---- app nodes ------------------------------------------------------------------

class AppNode:
    """nginx + php-fpm serving examples/app; one fpm pool and one nginx port per profile.

    profiles: {name: {"ini": {php.ini settings}, "children": n}}
    """

    def __init__(self, farm_tmp, name, ext, profiles):
        self.name = name
        self.ext = str(Path(ext).resolve())
        self.dir = os.path.join(farm_tmp, name)
        os.mkdir(self.dir)
        self.profiles = profiles
        self.ports = {}
        self.fpm_ports = {}
        self.fpm = None
        self.nginx = None
        self.php_error_log = os.path.join(self.dir, "php-errors.log")
        self.fpm_log = os.path.join(self.dir, "php-fpm.log")

    def url(self, profile):
        return "http://127.0.0.1:%d" % self.ports[profile]

    def start(self):
        nginx_timeout = REQUEST_TIMEOUT + 5
        web = NginxFpm(
            self.dir, self.ext, self._spawn, what=self.name + ": ", worker_connections=1024,
            http_settings=["access_log off;", "keepalive_requests 100000;"],
            pool_settings=["listen.backlog = 511", "request_terminate_timeout = %ds" % REQUEST_TIMEOUT],
            location_settings=["fastcgi_connect_timeout 2s;", "fastcgi_send_timeout %ds;" % nginx_timeout,
                               "fastcgi_read_timeout %ds;" % nginx_timeout])
        for name, prof in self.profiles.items():
            self.ports[name], self.fpm_ports[name] = web.add_site(
                name, name, prof.get("children", 4), self.php_error_log, {**COMMON_INI, **prof["ini"]})
        try:
            web.start()
        finally:  # what did start is stopped by stop(), also after a failed start
            self.fpm, self.nginx = web.fpm, web.nginx
        return self

    def _spawn(self, args, log_name, env=None):
        return spawn_noted(args, os.path.join(self.dir, log_name), self.dir, env)

    def stop(self):
        stop_group(self.nginx)
        stop_group(self.fpm, signal.SIGQUIT)  # graceful for fpm; stop_group escalates to KILL
        self.nginx = self.fpm = None

    def worker_pids(self, pool=None):
        """pids of this node's fpm workers (children of the master), optionally of one pool."""
        if self.fpm is None:
            return []
        out = []
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open("/proc/%s/stat" % entry) as fh:
                    stat = fh.read()
                ppid = int(stat.rsplit(")", 1)[1].split()[1])
                if ppid != self.fpm.pid:
                    continue
                with open("/proc/%s/cmdline" % entry, "rb") as fh:
                    cmd = fh.read().replace(b"\0", b" ").decode(errors="replace")
            except (OSError, ValueError, IndexError):
                continue
            if pool is None or cmd.strip().endswith("pool " + pool):
                out.append(int(entry))
        return sorted(out)

    def php_errors(self):
        return read_text(self.php_error_log)

    def fpm_messages(self):
        return read_text(self.fpm_log)


def rss_kib(pid):
    with open("/proc/%d/status" % pid) as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


# ---- the farm -----------------------------------------------------------------------

def standard_profiles(redis_port=None, cluster_ports=None, children=4, persistent=False):
    """locked / unlocked: the standalone Redis with phpredis locking on / off;
    lifetimes: locked, with the idle timeout and id rotation on;
    cluster: the Redis Cluster (phpredis 5.3 has no locking for it)."""
    profiles = {}
    if redis_port:
        base = {"session.save_handler": "redis", "session.save_path": redis_save_path(redis_port, persistent)}
        profiles["locked"] = {"ini": {**base, "redis.session.locking_enabled": "1"}, "children": children}
        profiles["unlocked"] = {"ini": {**base, "redis.session.locking_enabled": "0"}, "children": children}
        # small real lifetimes for tests/farm/test_farm_lifetime.py
        profiles["lifetimes"] = {"ini": {**base, "redis.session.locking_enabled": "1",
                                         "aura_session.idle_timeout": "2",
                                         "aura_session.rotate_interval": "1",
                                         "aura_session.rotate_grace": "2"},
                                 "children": 2}
    if cluster_ports:
        profiles["cluster"] = {"ini": {"session.save_handler": "rediscluster",
                                       "session.save_path": cluster_save_path(cluster_ports),
                                       "redis.session.locking_enabled": "1"},
                               "children": children}
    return profiles


def aura_profiles(redis_port=None, cluster_ports=None, children=4):
    """aura-lazy0 / aura-lazy1: the extension's own handler, aura_redis, on the
    standalone Redis with aura_session.lazy_lock=0 / 1; auracluster-lazy0 /
    auracluster-lazy1: the same on the Redis Cluster. Timeouts and lock
    bounds as phpredis' above."""
    base = {"session.save_handler": "aura_redis",
            "aura_session.redis_connect_timeout": str(int(REDIS_TIMEOUT * 1000)),
            "aura_session.redis_timeout": str(int(REDIS_TIMEOUT * 1000)),
            "aura_session.redis_lock_wait": str(LOCK_WAIT_US * LOCK_RETRIES // 1000),
            "aura_session.redis_lock_ttl": str(LOCK_EXPIRE * 1000)}
    profiles = {}
    for name, ports, cluster in [("aura", [redis_port] if redis_port else None, "0"),
                                 ("auracluster", cluster_ports, "1")]:
        for lazy in ("0", "1"):
            if ports:
                profiles["%s-lazy%s" % (name, lazy)] = {
                    "ini": {**base, "session.save_path": aura_save_path(ports), "aura_session.redis_cluster": cluster,
                            "aura_session.lazy_lock": lazy},
                    "children": children}
    return profiles


class Farm:
    """with Farm(ext, cluster=True) as farm: farm.redis, farm.cluster, farm.nodes"""

    def __init__(self, ext=DEFAULT_EXT, cluster=True, children=4, profiles=None, persistent=False,
                 keep_tmp=None):
        self.ext = str(ext)
        self.want_cluster = cluster
        self.children = children
        self.profile_names = profiles
        self.persistent = persistent
        self.keep_tmp = os.environ.get("FARM_KEEP_TMP") if keep_tmp is None else keep_tmp
        self.tmp = None
        self.redis = None
        self.cluster = None
        self.nodes = []

    def __enter__(self):
        if not os.path.isfile(self.ext):
            raise RuntimeError("extension not found: %s (cargo build --release)" % self.ext)
        self.tmp = tempfile.mkdtemp(prefix="aura-farm-")
        _note("dir " + self.tmp)
        try:
            self.redis = RedisNode(self.tmp, "redis")
            self.redis.start()
            if self.want_cluster:
                self.cluster = RedisCluster(self.tmp)
                self.cluster.start()
            cluster_ports = self.cluster.ports if self.cluster else None
            profiles = standard_profiles(self.redis.port, cluster_ports, self.children, self.persistent)
            # the aura_redis pools only where asked for by name: the farm
            # tests are about phpredis and need none of them
            if self.profile_names:
                profiles.update(aura_profiles(self.redis.port, cluster_ports, self.children))
                profiles = {k: v for k, v in profiles.items() if k in self.profile_names}
            for name in ("node-a", "node-b"):
                node = AppNode(self.tmp, name, self.ext, profiles)
                self.nodes.append(node)   # listed before it starts, so a failed start is still stopped
                node.start()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc):
        for n in self.nodes:
            n.stop()
        if self.cluster:
            self.cluster.stop()
        if self.redis:
            self.redis.stop()
        if self.tmp and not self.keep_tmp:
            shutil.rmtree(self.tmp, ignore_errors=True)
        return False

    @property
    def a(self):
        return self.nodes[0]

    @property
    def b(self):
        return self.nodes[1]

    def php_errors(self):
        return "".join(n.php_errors() for n in self.nodes)
