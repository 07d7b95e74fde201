"""Starts the example app (examples/app) under PHP's built-in server or under
nginx + php-fpm, on loopback ports, with config files written to a temp dir.

Every server gets its own temp dir holding its config, logs and a dedicated
session.save_path, and is stopped (process group, TERM then KILL) on exit.
"""

import os
import shutil
import signal
import tempfile
from pathlib import Path

from common.app_server import APP_DIR, NginxFpm, scan_dir_without_extension
from common.procs import find_binary, free_port, read_text, reap_group, signal_group, spawn, wait_listening


class Server:
    """Base: owns a temp dir, processes, and the app's base URL."""

    label = "server"

    def __init__(self, ext, ini=None):
        self.ext = str(Path(ext).resolve())
        self.ini = dict(ini or {})  # extra php.ini settings
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
        proc = spawn(args, os.path.join(self.tmp, log_name), self.tmp, env)
        self.procs.append(proc)
        return proc

    def _wait_port(self, port, proc, log_name):
        wait_listening(port, proc, log_name, os.path.join(self.tmp, log_name))

    def _stop_processes(self):
        for proc in reversed(self.procs):
            if proc.poll() is None:
                signal_group(proc, signal.SIGTERM)
        for proc in reversed(self.procs):
            reap_group(proc)
        self.procs = []

    def php_errors(self):
        return read_text(self.php_error_log)


class BuiltinServer(Server):
    """php -S with the app's front controller as router script."""

    label = "builtin"
    docroot = APP_DIR
    router = APP_DIR / "index.php"

    def _env(self):
        return {}

    def _start(self):
        php = find_binary("php")
        self.port = free_port()
        env = dict(os.environ, PHP_INI_SCAN_DIR=scan_dir_without_extension(php, self.tmp), **self._env())
        args = [
            php,
            "-d", "extension=" + self.ext,
            "-d", "session.save_path=" + self.session_dir,
            "-d", "display_errors=0",
            "-d", "log_errors=1",
            "-d", "error_reporting=-1",
            "-d", "error_log=" + self.php_error_log,
            *("-d%s=%s" % item for item in self.ini.items()),
            "-S", "127.0.0.1:%d" % self.port,
            "-t", str(self.docroot),
            *([str(self.router)] if self.router else []),
        ]
        proc = self._spawn(args, "php-server.log", env)
        self._wait_port(self.port, proc, "php-server.log")


class WalkthroughServer(BuiltinServer):
    """The walkthrough (examples/demo) as scripts/demo.sh serves it: php -S
    with workers, so that its parallel requests run in parallel, and the
    example app's URL for its cross-origin form."""

    label = "walkthrough"
    docroot = APP_DIR.parent / "demo"
    router = None

    def __init__(self, ext, app_url, ini=None):
        super().__init__(ext, ini)
        self.app_url = app_url

    def _env(self):
        return {"PHP_CLI_SERVER_WORKERS": "10", "AURA_DEMO_APP_URL": self.app_url}


class NginxFpmServer(Server):
    """nginx in front of php-fpm; every path goes to the app's index.php."""

    label = "nginx"

    def _start(self):
        node = NginxFpm(self.tmp, self.ext, self._spawn,
                        http_settings=["access_log %s/nginx-access.log;" % self.tmp])
        self.port, self.fpm_port = node.add_site("app", "127.0.0.1", 2, self.php_error_log,
                                                 {"session.save_path": self.session_dir, **self.ini})
        node.start()


SERVERS = {"builtin": BuiltinServer, "nginx": NginxFpmServer}
