#!/usr/bin/env bash
# Proves the README on fresh machines: for each root named (default: bookworm
# trixie sid-php8.5 sid-php8.6) it makes a clean root filesystem from Debian's
# archive (minbase plus what a bare server image has), clones the committed
# HEAD into it, gives it the host's Rust toolchain read-only, and runs the
# README's demo command (until both pages answer) and its test command there.
# It then builds the Debian package and the phpize build in that root, and
# installs the package in a further clean root that has neither Rust nor a
# compiler. Each root runs in its own mount and PID namespace, so nothing stays
# mounted or running when it ends; the roots are deleted afterwards.
#
# A root is a Debian release (bookworm, trixie: its default PHP), or
# sid-phpX.Y: sid with PHP X.Y chosen by PHP_VERSION=X.Y, as the README's
# platform table says (8.5 and 8.6 come from experimental, which the root's
# apt sources add on top of sid). Debian has no phpX.Y-redis for those,
# so their test command is `make test` without the Redis farm and lazy-lock
# tests (the README says so too).
#
# Bootstrapped tarballs are cached in $FRESH_CHECK_CACHE (default
# /var/cache/aura-session-fresh-check); FRESH_CHECK_CACHE= (empty) disables it.
# Needs root, mmdebstrap and unshare.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
roots=("${@:-bookworm trixie sid-php8.5 sid-php8.6}")
read -ra roots <<<"${roots[*]}"
cache=${FRESH_CHECK_CACHE-/var/cache/aura-session-fresh-check}
server_packages=ca-certificates,curl,git,make,gcc
work=$(mktemp -d /tmp/fresh-check.XXXXXX)
rustup_home=${RUSTUP_HOME:-$HOME/.rustup}
cargo_home=${CARGO_HOME:-$HOME/.cargo}
start=$SECONDS
failures=()
passed=0

log() { printf 'fresh-check: %s\n' "$*"; }

phase_logs=$work/logs
mkdir -p "$phase_logs"
phase_log() { printf '%s/%s.log\n' "$phase_logs" "$(printf '%s' "$1" | tr -c 'A-Za-z0-9.-' _)"; }

phase() { # NAME COMMAND...: runs a phase, prints its time, records a failure
    local name=$1 t=$SECONDS status=0
    shift
    log "== $name"
    # Kept per phase so that the summary, which is what a CI log's tail
    # shows, can repeat why a phase failed.
    "$@" > >(tee "$(phase_log "$name")") 2>&1 || status=$?
    if [ "$status" -eq 0 ]; then
        log "== $name: ok in $((SECONDS - t)) s"
        passed=$((passed + 1))
    else
        log "== $name: FAILED (exit $status) after $((SECONDS - t)) s"
        failures+=("$name")
    fi
    return "$status"
}

mounted_under() { findmnt -rn -o TARGET | grep -c "^$1\(/\|$\)" >/dev/null; }

remove_root() { # NAME: deletes a root unless something is mounted in it
    local root=$work/$1
    [ -d "$root" ] || return 0
    if mounted_under "$root"; then
        log "leaving $root in place: something is still mounted under it" >&2
        return 1
    fi
    rm -rf "$root"
}

cleanup() {
    local r
    for r in "$work"/*/; do
        [ -d "$r" ] || continue
        remove_root "$(basename "$r")" || return
    done
    rm -rf "$work"
}
ns_pid=
# unshare ignores SIGTERM; killing it kills its PID namespace, and with it
# everything started in the root.
on_signal() {
    [ -z "$ns_pid" ] || kill -KILL "$ns_pid" 2>/dev/null || true
    exit 130
}
trap cleanup EXIT
trap on_signal INT TERM

[ "$(id -u)" -eq 0 ] || { log "needs root (debootstrapped roots, chroot)"; exit 1; }
command -v mmdebstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q mmdebstrap
command -v cargo >/dev/null || { log "needs a Rust toolchain on the host"; exit 1; }
head=$(git rev-parse HEAD)
git diff --quiet HEAD || log "note: uncommitted changes are not part of the check (HEAD is $head)"

# The archive the host uses (its first Debian mirror), for every release.
mirror=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null |
    grep -v '^ *#' | grep -oE 'https?://[^ ]+/debian/?( |$)' | head -1 | tr -d ' ' || true)
mirror=${mirror:-http://deb.debian.org/debian}
mirror=${mirror%/}
security=${mirror%/debian}/debian-security
# The roots check Release files' dates as the host's apt does (a mirror
# snapshot's Release files are past their Valid-Until).
# (The dump is read whole first: `grep -q` closing the pipe early would kill
# apt-config with SIGPIPE, which pipefail reports as no match.)
aptopts=()
apt_config=$(apt-config dump 2>/dev/null || true)
for opt in Check-Valid-Until Check-Date; do
    ! grep -qx "Acquire::$opt \"false\";" <<<"$apt_config" ||
        aptopts+=(--aptopt="Acquire::$opt \"false\"")
done

root_suite() { # ROOT: the Debian suite it is made from
    case $1 in
        sid-php*) echo sid ;;
        *) echo "$1" ;;
    esac
}

root_php() { # ROOT: the PHP_VERSION it chooses (nothing: the release's default)
    [[ $1 =~ ^sid-php([0-9]+\.[0-9]+) ]] && echo "${BASH_REMATCH[1]}" || true
}

root_sources() { # ROOT: its apt sources, one a line
    local suite
    suite=$(root_suite "$1")
    if [ "$suite" = sid ]; then
        # PHP versions newer than sid's (8.5, 8.6) come from experimental
        echo "deb $mirror sid main"
        echo "deb $mirror experimental main"
    else
        echo "deb $mirror $suite main"
        echo "deb $mirror $suite-updates main"
        echo "deb $security $suite-security main"
    fi
}

tarball() { # ROOT INCLUDE: prints the path of a cached (or fresh) tarball
    local suite include=$2 dir=${cache:-$work} name sources
    suite=$(root_suite "$1")
    mapfile -t sources < <(root_sources "$1")
    name="$suite-minbase-$(printf '%s' "$include ${sources[*]}" | md5sum | cut -c1-8)"
    mkdir -p "$dir"
    local log=$work/mmdebstrap-$name.log
    if [ ! -s "$dir/$name.tar" ]; then
        # mmdebstrap picks the output format from the name's ending; its
        # --quiet would hide why apt failed, so its log is kept for that
        if ! mmdebstrap --variant=minbase "${aptopts[@]}" --include="$include" "$suite" \
            "$dir/$name.$$.part.tar" "${sources[@]}" >"$log" 2>&1; then
            rm -f "$dir/$name.$$.part.tar"
            grep -E '^(E|W|Err):|^  [0-9]{3} ' "$log" | tail -8 >&2
            return 1
        fi
        mv "$dir/$name.$$.part.tar" "$dir/$name.tar"
    fi
    printf '%s\n' "$dir/$name.tar"
}

trust_host_cas() { # ROOT: the CAs the host trusts beyond Debian's set become the root's local CAs
    python3 - "$1" <<'PY'
import os, re, sys
root = sys.argv[1]
pem = re.compile(r'-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----', re.S)
def certs(path):
    try:
        with open(path) as f:
            return pem.findall(f.read())
    except FileNotFoundError:
        return []
have = set(certs(root + '/etc/ssl/certs/ca-certificates.crt'))
extra = [c for c in certs('/etc/ssl/certs/ca-certificates.crt') if c not in have]
local = root + '/usr/local/share/ca-certificates'
os.makedirs(local, exist_ok=True)
for i, cert in enumerate(extra):
    with open(f'{local}/host-{i}.crt', 'w') as f:
        f.write(cert + '\n')
PY
    chroot "$1" update-ca-certificates >/dev/null 2>&1
}

make_root() { # NAME ROOT INCLUDE: unpacks a clean root of kind ROOT at $work/NAME
    local root=$work/$1 tar
    tar=$(tarball "$2" "$3") || return
    mkdir -p "$root"
    tar -C "$root" -xf "$tar"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    trust_host_cas "$root"
    # Packages installed in the root must not start their daemons: the root
    # shares the host's network, and the tests start their own on free ports.
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
    chmod 0755 "$root/usr/sbin/policy-rc.d"
}

in_root() { # NAME [--rust] SCRIPT: runs SCRIPT with bash as root of a fresh namespace
    local root=$work/$1 rust=0 php
    php=$(root_php "$1")
    shift
    [ "$1" != --rust ] || { rust=1; shift; }
    unshare --mount --pid --fork --kill-child --propagation private \
        bash -s "$root" "$rust" "$rustup_home" "$cargo_home" "$1" "$php" <<'INNER' &
set -euo pipefail
root=$1 rust=$2 rustup_home=$3 cargo_home=$4 script=$5 php=$6
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount --make-rslave "$root/sys"
mount -t tmpfs -o mode=0755 tmpfs "$root/dev"
for d in null zero full random urandom tty; do
    touch "$root/dev/$d"
    mount --bind "/dev/$d" "$root/dev/$d"
done
mkdir -p "$root/dev/pts" "$root/dev/shm"
mount -t devpts -o newinstance,ptmxmode=0666 devpts "$root/dev/pts"
ln -s pts/ptmx "$root/dev/ptmx"
mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm"
ln -s /proc/self/fd "$root/dev/fd"
path=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
env=()
# The README's commands for a root whose PHP is not the release's default
[ -z "$php" ] || env+=(PHP_VERSION="$php")
if [ "$rust" = 1 ]; then
    for d in .rustup .cargo; do
        mkdir -p "$root/root/$d"
    done
    mount --bind "$rustup_home" "$root/root/.rustup"
    mount -o remount,bind,ro "$root/root/.rustup"
    mount --bind "$cargo_home" "$root/root/.cargo"
    mount -o remount,bind,ro "$root/root/.cargo"
    # The toolchain is read-only; crates are fetched into a writable home.
    env+=(RUSTUP_HOME=/root/.rustup CARGO_HOME=/root/cargo-home)
    path=/root/.cargo/bin:$path
fi
exec env -i HOME=/root LANG=C.UTF-8 TERM=dumb PATH="$path" "${env[@]}" \
    chroot "$root" bash -euo pipefail -c "cd /root; $script"
INNER
    ns_pid=$!
    local status=0
    wait "$ns_pid" || status=$?
    ns_pid=
    return "$status"
}

clone_into() { # NAME: a clean clone of the committed HEAD at /root/aura_session
    git clone -q --no-hardlinks "$repo" "$work/$1/root/aura_session"
    git -C "$work/$1/root/aura_session" checkout -q --detach "$head"
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

demo_check() { # NAME: the README's demo command until both pages answer
    local app walk
    app=$(free_port)
    walk=$(free_port)
    in_root "$1" --rust "
        cd aura_session
        APP_ADDR=127.0.0.1:$app WALKTHROUGH_ADDR=127.0.0.1:$walk \
            bash -c 'scripts/setup.sh && make demo' >/root/demo.log 2>&1 &
        for i in \$(seq 900); do
            if curl -fs -o /dev/null http://127.0.0.1:$app/ && curl -fs -o /dev/null http://127.0.0.1:$walk/; then
                echo \"demo: both pages answer (127.0.0.1:$app, 127.0.0.1:$walk) after \$i s\"
                curl -fsS http://127.0.0.1:$walk/ | grep -o '<title>[^<]*</title>' || true
                exit 0
            fi
            kill -0 \$! 2>/dev/null || { tail -40 /root/demo.log; exit 1; }
            sleep 1
        done
        tail -40 /root/demo.log
        exit 1"
}

test_check() { # NAME: the README's test command, to the end
    in_root "$1" --rust "cd aura_session && scripts/setup.sh && make $(test_targets "$1")"
}

test_targets() { # ROOT: what the test command makes there
    if [ -n "$(root_php "$1")" ]; then
        # `make test` without farm-test and lazy-lock-test: Debian has no
        # phpredis for a PHP that is not the release's default
        # (encryption-test skips the phpredis and memcached stores there)
        echo build unit phpt memcheck-subset web-test encryption-test stress-ci fuzz-valgrind
    else
        echo test
    fi
}

deb_check() { # NAME: the Debian package, built against the root's PHP
    in_root "$1" --rust "cd aura_session && make deb && ls target/deb/*.deb"
}

phpize_check() { # NAME: PHP's own build path, in the php-ext directory
    in_root "$1" --rust "
        cd aura_session/php-ext
        phpize && ./configure && make && make install
        NO_INTERACTION=1 make test | tee /root/phpize-test.log
        grep -E '^Tests (passed|failed)' /root/phpize-test.log
        ! grep -qE '^Tests failed *: *[1-9]' /root/phpize-test.log"
}

package_check() { # NAME: installs the package in a root with neither Rust nor a compiler
    local root=$work/$1-package deb php
    deb=$(ls "$work/$1/root/aura_session/target/deb/"*.deb)
    php=$(root_php "$1")
    make_root "$1-package" "$1" ca-certificates || return
    cp "$deb" "$root/root/"
    cat >"$root/root/check.php" <<'PHP'
<?php
session_save_path(sys_get_temp_dir());
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
$segment->set('user', 'alice');
$segment->setFlash('notice', 'Saved.');
$token = $session->getCsrfToken();
$value = $token->getValue();
printf("segment: %s, next flash: %s, csrf: %s, forged csrf: %s\n", $segment->get('user'),
    $segment->getFlashNext('notice'), var_export($token->isValid($value), true),
    var_export($token->isValid('forged'), true));
PHP
    cat >"$root/root/package-check.sh" <<'CHECK'
set -euo pipefail
deb=$1 pkg=${1%%_*} cli=php${2:+$2}-cli
for tool in gcc cc cargo rustc; do
    ! command -v "$tool" >/dev/null || { echo "$tool is in the package root"; exit 1; }
done
echo "package root: no compiler, no Rust"
apt-get update -q >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$cli" "./$deb" >/root/install.log
echo "installed $deb"
php -m | grep -x aura_session
out=$(php /root/check.php)
echo "$out"
[ "$out" = 'segment: alice, next flash: Saved., csrf: true, forged csrf: false' ]
DEBIAN_FRONTEND=noninteractive apt-get purge -y -q "$pkg" >/root/purge.log
echo "purged $pkg"
! php -m | grep -x aura_session
left=$(find /etc/php /usr/lib/php /var/lib/php -name '*aura_session*')
[ -z "$left" ] || { echo "left after purge: $left"; exit 1; }
! dpkg-query -W "$pkg" 2>/dev/null
echo "after purge: no module, no files, no dpkg record"
CHECK
    in_root "$1-package" "bash /root/package-check.sh $(basename "$deb") $php"
}

for name in "${roots[@]}"; do
    case $name in
        bookworm | trixie | sid-php[0-9]*.[0-9]*) ;;
        *) log "unknown root $name (bookworm, trixie or sid-phpX.Y)"; failures+=("$name"); continue ;;
    esac
    php=$(root_php "$name")
    env=${php:+PHP_VERSION=$php }
    # The demo phase sets up and builds; the later phases need that, but not
    # each other (the package root needs only the package).
    phase "$name: bootstrap root" make_root "$name" "$name" "$server_packages" &&
        phase "$name: clone HEAD" clone_into "$name" &&
        phase "$name: ${env}scripts/setup.sh && make demo" demo_check "$name" || continue
    phase "$name: ${env}scripts/setup.sh && make $(test_targets "$name")" test_check "$name" || true
    phase "$name: make deb" deb_check "$name" &&
        phase "$name: package in a root without Rust or a compiler" package_check "$name" || true
    phase "$name: phpize && ./configure && make && make install && make test" phpize_check "$name" || true
    remove_root "$name-package" && remove_root "$name" || true
done

log "done in $((SECONDS - start)) s"
for f in "${failures[@]}"; do
    log "failed: $f; its failure lines, then its last lines:"
    grep -aE 'FAIL|[Ee]rror|failed|Traceback|assert' "$(phase_log "$f")" | tail -20 | sed 's/^/  | /' || true
    tail -12 "$(phase_log "$f")" | sed 's/^/  > /'
done
echo "fresh-check: $passed passed, ${#failures[@]} failed"
((${#failures[@]} == 0))
