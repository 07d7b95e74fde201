"""The example app (examples/app) behind nginx and php-fpm, with the extension
under test loaded by -d extension=..., configured in a temp dir: what the web
tests' NginxFpmServer (one site) and the farm's app nodes (one site per
profile) share."""

import os
import subprocess
from pathlib import Path

from common.procs import find_binary, find_php_fpm, free_port, wait_listening

ROOT = Path(__file__).resolve().parents[2]
APP_DIR = ROOT / "examples" / "app"
DEFAULT_EXT = ROOT / "target" / "release" / "libaura_session.so"


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

NGINX_CONF = """\
%(user)s
worker_processes 1;
daemon off;
pid %(t)s/nginx.pid;
error_log %(t)s/nginx-error.log warn;
events { worker_connections %(worker_connections)d; }
http {
%(http_settings)s    client_body_temp_path %(t)s/nginx-body;
    fastcgi_temp_path %(t)s/nginx-fastcgi;
    proxy_temp_path %(t)s/nginx-proxy;
    uwsgi_temp_path %(t)s/nginx-uwsgi;
    scgi_temp_path %(t)s/nginx-scgi;
%(servers)s}
"""

NGINX_SERVER = """\
    server {
        listen 127.0.0.1:%(port)d;
        server_name %(name)s;
        root %(app)s;
        location / {
            include %(t)s/fastcgi_params;
            fastcgi_pass 127.0.0.1:%(fpm_port)d;
%(location_settings)s        }
    }
"""


def _lines(settings, indent):
    return "".join("%s%s\n" % (indent, s) for s in settings)


class NginxFpm:
    """examples/app behind one nginx and one php-fpm master, configured in
    conf_dir: each site is one fpm pool and one nginx server, on ports of
    their own. add_site() every site, then start(): it writes php-fpm.conf,
    fastcgi_params and nginx.conf, starts php-fpm, then nginx, and waits until
    every port listens.

    The processes are started by spawn(args, log_name, env=None), which
    returns the Popen (the caller owns and stops them); they are self.fpm and
    self.nginx as soon as they run. `what` prefixes the start-up errors.
    The *_settings are extra lines for the nginx http block, php-fpm's
    global section, every fpm pool and every nginx location; php_defines are NAME=VALUE settings php-fpm's
    master gets as -d (those read at module startup, which a pool's
    php_admin_value comes too late for). start_fpm() starts php-fpm again
    after the caller stopped it (a restart: the same pools and ports).
    """

    def __init__(self, conf_dir, ext, spawn, what="", worker_connections=64, http_settings=(),
                 fpm_global_settings=(), pool_settings=(), location_settings=(), php_defines=()):
        self.dir = conf_dir
        self.ext = ext
        self.spawn = spawn
        self.what = what
        self.worker_connections = worker_connections
        self.http_settings = http_settings
        self.fpm_global_settings = fpm_global_settings
        self.pool_settings = pool_settings
        self.location_settings = location_settings
        self.php_defines = php_defines
        self.scan_dir = None
        self.root = os.geteuid() == 0
        self.pools = []
        self.servers = []
        self.fpm_ports = []
        self.ports = []
        self.fpm = None
        self.nginx = None

    def add_site(self, name, server_name, children, error_log, admin_values, app=APP_DIR):
        """One fpm pool `name` (children workers, the errors PHP logs go to
        error_log, admin_values as php_admin_value[...]) and one nginx server
        in front of it, serving the front controller index.php of app.
        Returns (nginx port, fpm port)."""
        fpm_port = free_port(self.ports + self.fpm_ports)
        port = free_port(self.ports + self.fpm_ports + [fpm_port])
        self.fpm_ports.append(fpm_port)
        self.ports.append(port)
        lines = [
            "[%s]" % name,
            *(["user = root", "group = root"] if self.root else []),
            "listen = 127.0.0.1:%d" % fpm_port,
            "listen.allowed_clients = 127.0.0.1",
            "pm = static",
            "pm.max_children = %d" % children,
            *self.pool_settings,
            "catch_workers_output = yes",
            "php_admin_value[error_log] = %s" % error_log,
            "php_admin_flag[log_errors] = on",
            "php_admin_flag[display_errors] = off",
            "php_admin_value[error_reporting] = -1",
        ]
        lines += ['php_admin_value[%s] = "%s"' % item for item in admin_values.items()]
        self.pools.append("\n".join(lines))
        self.servers.append(NGINX_SERVER % {
            "port": port, "name": server_name, "app": app, "t": self.dir, "fpm_port": fpm_port,
            "location_settings": _lines(self.location_settings, " " * 12)})
        return port, fpm_port

    def start(self):
        nginx = find_binary("nginx")
        t = self.dir
        fpm_conf = os.path.join(t, "php-fpm.conf")
        with open(fpm_conf, "w") as fh:
            fh.write("[global]\npid = %s/php-fpm.pid\nerror_log = %s/php-fpm.log\ndaemonize = no\n%s\n%s\n"
                     % (t, t, _lines(self.fpm_global_settings, ""), "\n\n".join(self.pools)))
        with open(os.path.join(t, "fastcgi_params"), "w") as fh:
            fh.write(FASTCGI_PARAMS)
        with open(os.path.join(t, "nginx.conf"), "w") as fh:
            fh.write(NGINX_CONF % {
                "user": "user root root;" if self.root else "", "t": t,
                "worker_connections": self.worker_connections,
                "http_settings": _lines(self.http_settings, " " * 4), "servers": "".join(self.servers)})

        self.start_fpm()
        self.nginx = self.spawn([nginx, "-p", t, "-c", os.path.join(t, "nginx.conf"),
                                 "-e", os.path.join(t, "nginx-error.log")], "nginx.out")
        self._wait(self.ports, self.nginx, "nginx.out")
        return self

    def start_fpm(self):
        fpm = find_php_fpm()
        if self.scan_dir is None:
            self.scan_dir = scan_dir_without_extension(fpm, self.dir)
        env = dict(os.environ, PHP_INI_SCAN_DIR=self.scan_dir)
        # No extension: the pools run a PHP implementation instead (the
        # library, for comparison benchmarks).
        args = [fpm, "--nodaemonize", "--fpm-config", os.path.join(self.dir, "php-fpm.conf"),
                *(["-d", "extension=" + self.ext] if self.ext else [])]
        for define in self.php_defines:
            args += ["-d", define]
        if self.root:
            args.append("--allow-to-run-as-root")
        self.fpm = self.spawn(args, "php-fpm.out", env)
        self._wait(self.fpm_ports, self.fpm, "php-fpm.out")
        return self.fpm

    def _wait(self, ports, proc, log_name):
        for port in ports:
            wait_listening(port, proc, self.what + log_name, os.path.join(self.dir, log_name))
