#!/usr/bin/env bash
# Benchmarks the built extension (target/release/libaura_session.so) and
# prints three markdown tables:
#   1. wall clock per operation (bench/bench.php): opcache + tracing JIT,
#      the extension beside the same work in plain PHP on $_SESSION;
#   2. instructions per operation (bench/callgrind.php) under callgrind,
#      JIT off. Installs valgrind with apt-get when it is missing;
#   3. what session.serialize_handler = aura_encrypted costs a request
#      beside php_serialize (bench/encryption.php, under a key file made
#      for the run; a few seconds).
# With AURA_REFERENCE_SRC=path/to/aura-session/src both tables gain a column
# for the pure-PHP Aura.Session library, measured in PHP processes that do
# not load the extension.
#
# Each option prints one of them only.
#
# Usage: scripts/bench.sh [--wall-only | --callgrind-only | --encryption]
# Environment: BENCH_RUNS (7), BENCH_TARGET_MS (40), BENCH_CASES (all),
# BENCH_SAVE_DIR (a tmpfs if there is one), CALLGRIND_COUNT (20000),
# CALLGRIND_JOBS (number of CPUs), AURA_REFERENCE_SRC (unset),
# BENCH_EXT_INI (space-separated settings for the extension's runs, e.g.
# "aura_session.lazy_lock=1").
# Takes about 1-3 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

wall=1
callgrind=1
encryption=1
case "${1:-}" in
    "") ;;
    --wall-only) callgrind=0 encryption=0 ;;
    --callgrind-only) wall=0 encryption=0 ;;
    --encryption) wall=0 callgrind=0 encryption=1 ;;
    *) echo "usage: scripts/bench.sh [--wall-only | --callgrind-only | --encryption]" >&2; exit 2 ;;
esac

ext="$PWD/target/release/libaura_session.so"
if [ ! -f "$ext" ]; then
    echo "bench: $ext is missing; build it first (cargo build --release, or make build)" >&2
    exit 1
fi
command -v php >/dev/null || { echo "bench: php is not installed (scripts/setup.sh)" >&2; exit 1; }

# A clean PHP: no php.ini (so a system-wide aura_session.so or other ini
# settings cannot interfere), then only what the benchmark needs.
php_base=(php -n)
if php -n -d zend_extension=opcache -r 'exit(extension_loaded("Zend OPcache") ? 0 : 1);' 2>/dev/null; then
    php_base+=(-d zend_extension=opcache -d opcache.enable_cli=1)
    jit=(-d opcache.jit=tracing -d opcache.jit_buffer_size=64M)
else
    echo "bench: opcache is not available (apt-get install php$(php -r "echo PHP_MAJOR_VERSION, '.', PHP_MINOR_VERSION;")-opcache); timing without opcache and JIT" >&2
    jit=()
fi

if [ -n "${AURA_REFERENCE_SRC:-}" ]; then
    if [ ! -f "$AURA_REFERENCE_SRC/SessionFactory.php" ]; then
        echo "bench: AURA_REFERENCE_SRC=$AURA_REFERENCE_SRC has no SessionFactory.php" >&2
        exit 1
    fi
    AURA_REFERENCE_SRC="$(cd "$AURA_REFERENCE_SRC" && pwd)"
    export AURA_REFERENCE_SRC
fi

if ((wall)); then
    ext_ini=()
    for setting in ${BENCH_EXT_INI:-}; do
        ext_ini+=(-d "$setting")
    done
    "${php_base[@]}" "${jit[@]}" -d memory_limit=512M -d "extension=$ext" "${ext_ini[@]}" bench/bench.php
    echo
fi

if ((callgrind)); then
    if ! command -v valgrind >/dev/null; then
        echo "bench: installing valgrind" >&2
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        if ! { $sudo apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q valgrind >&2; }; then
            echo "bench: could not install valgrind; skipping the instruction counts" >&2
            exit 1
        fi
    fi
    jobs="${CALLGRIND_JOBS:-$(nproc 2>/dev/null || echo 2)}"
    "${php_base[@]}" bench/callgrind.php "--ext=$ext" "--count=${CALLGRIND_COUNT:-20000}" "--jobs=$jobs"
fi

if ((encryption)); then
    ((wall || callgrind)) && echo
    keys=$(mktemp)
    trap 'rm -f "$keys"' EXIT
    head -c 32 /dev/urandom | base64 >"$keys"
    "${php_base[@]}" "${jit[@]}" -d "extension=$ext" -d "aura_session.encryption_keys=$keys" bench/encryption.php
fi
