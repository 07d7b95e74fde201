"""Processes and ports for the test harnesses (tests/web and tests/farm):
free loopback ports, finding a binary, starting a process in its own process
group with its output in a log, waiting until it is up, stopping its group,
and turning SIGTERM and friends into SystemExit so `with` blocks clean up."""

import os
import shutil
import signal
import socket
import subprocess
import time
from functools import lru_cache

START_TIMEOUT = 20.0


def free_port(avoid=()):
    """A free port on 127.0.0.1 that is not in avoid."""
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        if port not in avoid:
            return port


def port_open(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def find_binary(*names):
    for name in names:
        found = shutil.which(name)
        if found:
            return found
        for d in ("/usr/sbin", "/sbin", "/usr/local/sbin"):
            if os.access(os.path.join(d, name), os.X_OK):
                return os.path.join(d, name)
    raise RuntimeError("none of %s is installed (run scripts/setup-web.sh)" % ", ".join(names))


@lru_cache(maxsize=None)
def php_version():
    """The php CLI's major.minor ("8.2", "8.4"): Debian names the binaries
    and packages of each PHP by it (php-fpm8.4)."""
    php = find_binary("php")
    out = subprocess.run([php, "-r", 'echo PHP_MAJOR_VERSION.".".PHP_MINOR_VERSION;'],
                         capture_output=True, text=True, timeout=30)
    if out.returncode != 0 or not out.stdout:
        raise RuntimeError("%s -r could not tell its version: %s" % (php, out.stderr.strip()))
    return out.stdout


def find_php_fpm():
    """The php-fpm of the same PHP as the php CLI."""
    return find_binary("php-fpm" + php_version())


def spawn(args, log_path, cwd, env=None):
    """Starts args as the leader of a new process group, stdin from /dev/null,
    stdout and stderr appended to log_path."""
    log = open(log_path, "ab")
    try:
        return subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                cwd=cwd, env=env, start_new_session=True)
    finally:
        log.close()


def signal_group(proc, *signums):
    """Sends signums, in order, to proc's process group; False once it is gone."""
    for signum in signums:
        try:
            os.killpg(proc.pid, signum)
        except ProcessLookupError:
            return False
    return True


def reap_group(proc, wait=5.0):
    """Waits for proc to exit; past wait seconds, SIGKILLs its group and waits again."""
    try:
        proc.wait(timeout=wait)
    except subprocess.TimeoutExpired:
        signal_group(proc, signal.SIGKILL)
        proc.wait(timeout=5)


def read_text(path):
    """The file's text, or "" when it cannot be read."""
    try:
        with open(path, errors="replace") as fh:
            return fh.read()
    except OSError:
        return ""


def log_tail(path, lines=20):
    try:
        with open(path, errors="replace") as fh:
            return "".join(fh.readlines()[-lines:])
    except OSError:
        return "(no log)"


def wait_started(proc, ready, what, waiting_for, log_path, timeout=START_TIMEOUT):
    """Polls ready() until it is true; raises RuntimeError, with the end of
    log_path, when proc exits first or timeout seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("%s exited with %s:\n%s" % (what, proc.returncode, log_tail(log_path)))
        if ready():
            return
        time.sleep(0.05)
    raise RuntimeError("%s did not %s in %.0fs:\n%s"
                       % (what, waiting_for, timeout, log_tail(log_path)))


def wait_listening(port, proc, what, log_path):
    """wait_started() until something accepts connections on 127.0.0.1:port."""
    wait_started(proc, lambda: port_open(port), what, "listen on port %d" % port, log_path)


def exit_on_signals(signums, message=None):
    """Turns each of signums into SystemExit(128 + signum), so that the `with`
    blocks on the way out stop what they started; prints message % signum first."""
    def on_signal(signum, frame):
        if message:
            print(message % signum, flush=True)
        raise SystemExit(128 + signum)
    for signum in signums:
        signal.signal(signum, on_signal)
