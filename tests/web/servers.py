"""Starts the example app (examples/app) under PHP's built-in server or under
nginx + php-fpm, on loopback ports, with config files written to a temp dir.

Every server gets its own temp dir holding its config, logs and a dedicated
session.save_path, and is stopped (process group, TERM then KILL) on exit.
"""

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP_DIR = ROOT / "examples" / "app"
DEFAULT_EXT = ROOT / "target" / "release" / "libaura_session.so"

START_TIMEOUT = 20.0


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def find_binary(*names):
    for name in names:
        found = shutil.which(name)
        if found:
            return found
        for d in ("/usr/sbin", "/sbin", "/usr/local/sbin"):
            if os.access(os.path.join(d, name), os.X_OK):
                return os.path.join(d, name)
    raise RuntimeError("none of %s is installed (run scripts/setup-web.sh)" % ", ".join(names))


def port_open(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def scan_dir_without_extension(php_binary, tmp):
    """A copy of the SAPI's conf.d (as symlinks) without any aura_session ini,
    so the extension under test is the one loaded with -d extension=..., even
    when a copy was installed system-wide with `make install`."""
    out = subprocess.run([php_binary, "-i"], capture_output=True, text=True, timeout=30).stdout
    conf_d = None
    for line in out.splitlines():
        if line.startswith("Scan this dir for additional .ini files"):
            conf_d = line.split("=>", 1)[1].strip()
    target = Path(tmp) / "conf.d"
    target.mkdir()
    if conf_d and os.path.isdir(conf_d):
        for ini in sorted(Path(conf_d).glob("*.ini")):
            if "aura_session" not in ini.name:
                (target / ini.name).symlink_to(ini.resolve())
    return str(target)


class Server:
    """Base: owns a temp dir, processes, and the app's base URL."""

    label = "server"

    def __init__(self, ext):
        self.ext = str(Path(ext).resolve())
        self.tmp = None
        self.procs = []
        self.port = None
        self.session_dir = None
        self.php_error_log = None

    @property
    def base_url(self):
        return "http://127.0.0.1:%d" % self.port

    def __enter__(self):
        self.tmp = tempfile.mkdtemp(prefix="aura-web-%s-" % self.label)
        self.session_dir = os.path.join(self.tmp, "sessions")
        os.mkdir(self.session_dir)
        self.php_error_log = os.path.join(self.tmp, "php-errors.log")
        try:
            last = None
            for _ in range(3):  # a port taken between free_port() and bind(): try again
                try:
                    self._start()
                    return self
                except RuntimeError as exc:
                    last = exc
                    self._stop_processes()
            raise last
        except BaseException:
            self.__exit__(None, None, None)
            raise

    def __exit__(self, *exc):
        self._stop_processes()
        if self.tmp and not os.environ.get("WEB_TEST_KEEP_TMP"):
            shutil.rmtree(self.tmp, ignore_errors=True)
        return False

    def _spawn(self, args, log_name, env=None):
        log = open(os.path.join(self.tmp, log_name), "ab")
        proc = subprocess.Popen(
            args, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            env=env, start_new_session=True, cwd=self.tmp,
        )
        log.close()
        self.procs.append(proc)
        return proc

    def _wait_port(self, port, proc, log_name):
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError("%s exited with %s:\n%s" % (log_name, proc.returncode, self.log_tail(log_name)))
            if port_open(port):
                return
            time.sleep(0.05)
        raise RuntimeError("%s did not listen on port %d in %.0fs:\n%s"
                           % (log_name, port, START_TIMEOUT, self.log_tail(log_name)))

    def log_tail(self, name, lines=20):
        try:
            with open(os.path.join(self.tmp, name), errors="replace") as fh:
                return "".join(fh.readlines()[-lines:])
        except OSError:
            return "(no log)"

    def _stop_processes(self):
        for proc in reversed(self.procs):
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        for proc in reversed(self.procs):
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                proc.wait(timeout=5)
        self.procs = []

    def php_errors(self):
        try:
            with open(self.php_error_log, errors="replace") as fh:
                return fh.read()
        except OSError:
            return ""


class BuiltinServer(Server):
    """php -S with the app's front controller as router script."""

    label = "builtin"

    def _start(self):
        php = find_binary("php8.2", "php")
        self.port = free_port()
        env = dict(os.environ, PHP_INI_SCAN_DIR=scan_dir_without_extension(php, self.tmp))
        args = [
            php,
            "-d", "extension=" + self.ext,
            "-d", "session.save_path=" + self.session_dir,
            "-d", "display_errors=0",
            "-d", "log_errors=1",
            "-d", "error_reporting=-1",
            "-d", "error_log=" + self.php_error_log,
            "-S", "127.0.0.1:%d" % self.port,
            "-t", str(APP_DIR),
            str(APP_DIR / "index.php"),
        ]
        proc = self._spawn(args, "php-server.log", env)
        self._wait_port(self.port, proc, "php-server.log")


FASTCGI_PARAMS = """\
fastcgi_param QUERY_STRING $query_string;
fastcgi_param REQUEST_METHOD $request_method;
fastcgi_param CONTENT_TYPE $content_type;
fastcgi_param CONTENT_LENGTH $content_length;
fastcgi_param SCRIPT_NAME /index.php;
fastcgi_param SCRIPT_FILENAME $document_root/index.php;
fastcgi_param REQUEST_URI $request_uri;
fastcgi_param DOCUMENT_URI $document_uri;
fastcgi_param DOCUMENT_ROOT $document_root;
fastcgi_param SERVER_PROTOCOL $server_protocol;
fastcgi_param REQUEST_SCHEME $scheme;
fastcgi_param HTTPS $https if_not_empty;
fastcgi_param GATEWAY_INTERFACE CGI/1.1;
fastcgi_param SERVER_SOFTWARE nginx/$nginx_version;
fastcgi_param REMOTE_ADDR $remote_addr;
fastcgi_param REMOTE_PORT $remote_port;
fastcgi_param SERVER_ADDR $server_addr;
fastcgi_param SERVER_PORT $server_port;
fastcgi_param SERVER_NAME $server_name;
fastcgi_param REDIRECT_STATUS 200;
"""


class NginxFpmServer(Server):
    """nginx in front of php-fpm; every path goes to the app's index.php."""

    label = "nginx"

    def _start(self):
        fpm = find_binary("php-fpm8.2", "php-fpm")
        nginx = find_binary("nginx")
        root = os.geteuid() == 0
        t = self.tmp
        self.fpm_port = free_port()
        self.port = free_port()
        while self.port == self.fpm_port:
            self.port = free_port()

        fpm_conf = os.path.join(t, "php-fpm.conf")
        with open(fpm_conf, "w") as fh:
            fh.write("\n".join([
                "[global]",
                "pid = %s/php-fpm.pid" % t,
                "error_log = %s/php-fpm.log" % t,
                "daemonize = no",
                "",
                "[app]",
                *(["user = root", "group = root"] if root else []),
                "listen = 127.0.0.1:%d" % self.fpm_port,
                "listen.allowed_clients = 127.0.0.1",
                "pm = static",
                "pm.max_children = 2",
                "catch_workers_output = yes",
                "php_admin_value[session.save_path] = %s" % self.session_dir,
                "php_admin_value[error_log] = %s" % self.php_error_log,
                "php_admin_flag[log_errors] = on",
                "php_admin_flag[display_errors] = off",
                "php_admin_value[error_reporting] = -1",
                "",
            ]))
        with open(os.path.join(t, "fastcgi_params"), "w") as fh:
            fh.write(FASTCGI_PARAMS)
        with open(os.path.join(t, "nginx.conf"), "w") as fh:
            fh.write("""\
%(user)s
worker_processes 1;
daemon off;
pid %(t)s/nginx.pid;
error_log %(t)s/nginx-error.log warn;
events { worker_connections 64; }
http {
    access_log %(t)s/nginx-access.log;
    client_body_temp_path %(t)s/nginx-body;
    fastcgi_temp_path %(t)s/nginx-fastcgi;
    proxy_temp_path %(t)s/nginx-proxy;
    uwsgi_temp_path %(t)s/nginx-uwsgi;
    scgi_temp_path %(t)s/nginx-scgi;
    server {
        listen 127.0.0.1:%(port)d;
        server_name 127.0.0.1;
        root %(app)s;
        location / {
            include %(t)s/fastcgi_params;
            fastcgi_pass 127.0.0.1:%(fpm_port)d;
        }
    }
}
""" % {"user": "user root root;" if root else "", "t": t, "port": self.port,
                "fpm_port": self.fpm_port, "app": APP_DIR})

        env = dict(os.environ, PHP_INI_SCAN_DIR=scan_dir_without_extension(fpm, t))
        fpm_args = [fpm, "--nodaemonize", "--fpm-config", fpm_conf, "-d", "extension=" + self.ext]
        if root:
            fpm_args.append("--allow-to-run-as-root")
        fpm_proc = self._spawn(fpm_args, "php-fpm.out", env)
        self._wait_port(self.fpm_port, fpm_proc, "php-fpm.out")
        nginx_proc = self._spawn([nginx, "-p", t, "-c", os.path.join(t, "nginx.conf"),
                                  "-e", os.path.join(t, "nginx-error.log")], "nginx.out")
        self._wait_port(self.port, nginx_proc, "nginx.out")


SERVERS = {"builtin": BuiltinServer, "nginx": NginxFpmServer}
