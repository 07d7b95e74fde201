"""Apache httpd with the event MPM and a thread-safe (ZTS) mod_php serving the
example app (examples/app, or the app directory given), configured in a temp dir: its own httpd.conf and
php.ini, a free loopback port, the system Apache configuration untouched.

ApacheZtsServer has the web tests' server interface (tests/web/servers.py):
base_url, session_dir, php_errors(), extra php.ini settings, used as a
context manager; children() is for the load check (tests/zts/load.py), and
tests/zts/apache_only.py makes it the web tests' one server.

The ZTS PHP is found through ZTS_PHP_PREFIX, the prefix scripts/zts-php.sh
installed it under (its lib/apache2/libphp.so is the module).
"""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "web"), str(HERE.parent)]
from common.app_server import APP_DIR  # noqa: E402
from common.procs import find_binary, free_port, read_text  # noqa: E402
from servers import Server  # noqa: E402

APACHE_MODULES = Path("/usr/lib/apache2/modules")
PROCESSES = 2
THREADS_PER_CHILD = 25
# What PHP writes to Apache's error log (start-up problems, a crash).
PHP_MESSAGE = re.compile(r"PHP (Fatal|Warning|Notice|Deprecated|Parse|Startup|Recoverable)|child pid \d+ exit signal")

HTTPD_CONF = """\
ServerRoot "%(t)s"
DefaultRuntimeDir "%(t)s"
PidFile "%(t)s/httpd.pid"
ErrorLog "%(t)s/apache-error.log"
LogLevel warn
Listen 127.0.0.1:%(port)d
ServerName 127.0.0.1
%(user)s
LoadModule mpm_event_module %(modules)s/mod_mpm_event.so
LoadModule authz_core_module %(modules)s/mod_authz_core.so
LoadModule alias_module %(modules)s/mod_alias.so
LoadModule php_module %(libphp)s

# Exactly %(processes)d processes of %(threads)d threads, never recycled, so
# that their memory can be compared before and after a load run.
StartServers %(processes)d
ServerLimit %(processes)d
ThreadsPerChild %(threads)d
ThreadLimit %(threads)d
MaxRequestWorkers %(workers)d
MinSpareThreads %(threads)d
MaxSpareThreads %(workers)d
MaxConnectionsPerChild 0
KeepAlive On
MaxKeepAliveRequests 0
KeepAliveTimeout 15

PHPIniDir "%(t)s"
DocumentRoot "%(app)s"
# Every path goes to the app's front controller.
AliasMatch "^/" "%(app)s/index.php"
<Directory "%(app)s">
    Require all granted
    SetHandler application/x-httpd-php
</Directory>
"""

PHP_INI = """\
extension=%(ext)s
session.save_path="%(sessions)s"
error_log="%(error_log)s"
log_errors=1
display_errors=0
error_reporting=-1
"""


def zts_prefix():
    prefix = os.environ.get("ZTS_PHP_PREFIX")
    if not prefix or not os.path.isfile(os.path.join(prefix, "lib", "apache2", "libphp.so")):
        raise RuntimeError("ZTS_PHP_PREFIX must name the prefix of a ZTS PHP built by scripts/zts-php.sh")
    return prefix


class ApacheZtsServer(Server):
    """apache2 -DFOREGROUND with the event MPM and the ZTS libphp.so."""

    label = "apache-zts"

    def __init__(self, ext, ini=None, app=None):
        super().__init__(ext, ini)
        # the directory served: every path goes to its index.php
        self.app = Path(app) if app else APP_DIR

    def _start(self):
        apache = find_binary("apache2", "httpd")
        libphp = os.path.join(zts_prefix(), "lib", "apache2", "libphp.so")
        self.port = free_port()
        t = self.tmp
        user = ""
        app = self.app
        if os.geteuid() == 0:
            # Apache will not serve as root: the children run as www-data,
            # which must reach the temp dir, write sessions and the PHP log,
            # and read the app. A checkout under /root or a mktemp -d
            # directory (mode 0700) is out of www-data's reach: the app is
            # served from a copy in the temp dir.
            user = "User www-data\nGroup www-data"
            shutil.chown(self.session_dir, "www-data", "www-data")
            Path(self.php_error_log).touch()
            shutil.chown(self.php_error_log, "www-data", "www-data")
            os.chmod(t, 0o755)
            app = os.path.join(t, "app")
            shutil.copytree(self.app, app)
            os.chmod(app, 0o755)
            for root, dirs, files in os.walk(app):
                for name in dirs:
                    os.chmod(os.path.join(root, name), 0o755)
                for name in files:
                    os.chmod(os.path.join(root, name), 0o644)
        with open(os.path.join(t, "httpd.conf"), "w") as fh:
            fh.write(HTTPD_CONF % {
                "t": t, "port": self.port, "user": user, "modules": APACHE_MODULES, "libphp": libphp,
                "processes": PROCESSES, "threads": THREADS_PER_CHILD,
                "workers": PROCESSES * THREADS_PER_CHILD, "app": app})
        with open(os.path.join(t, "php.ini"), "w") as fh:
            fh.write(PHP_INI % {"ext": self.ext, "sessions": self.session_dir, "error_log": self.php_error_log})
            fh.write("".join('%s="%s"\n' % item for item in self.ini.items()))
        check = subprocess.run([apache, "-t", "-f", os.path.join(t, "httpd.conf")],
                               capture_output=True, text=True, timeout=30)
        if check.returncode != 0:
            raise RuntimeError("apache config test failed: " + (check.stderr or check.stdout).strip())
        proc = self._spawn([apache, "-DFOREGROUND", "-f", os.path.join(t, "httpd.conf")], "apache.out")
        self._wait_port(self.port, proc, "apache.out")
        self.apache = proc

    def processes(self):
        """The pids of the Apache parent and its children (its process group)."""
        pgid = self.apache.pid
        pids = []
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    if os.getpgid(int(entry)) == pgid:
                        pids.append(int(entry))
                except OSError:
                    pass
        return sorted(pids)

    def children(self):
        return [p for p in self.processes() if p != self.apache.pid]

    def php_errors(self):
        # The module's start-up problems go to Apache's error log, not PHP's.
        apache_log = "".join(line for line in read_text(os.path.join(self.tmp, "apache-error.log")).splitlines(True)
                             if PHP_MESSAGE.search(line))
        return super().php_errors() + apache_log

