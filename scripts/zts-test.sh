#!/usr/bin/env bash
# `make zts-test`: the extension under a thread-safe (ZTS) PHP.
#   1. scripts/zts-php.sh: a ZTS PHP built from Debian's source package, under
#      its own prefix (cached between runs);
#   2. the extension built against it (its php-config first in PATH) into
#      target/zts/, and checked to be a ZTS build;
#   3. with that PHP: the Rust unit tests, the whole phpt suite (which holds
#      the million-operations memory test, also run on its own), the
#      memcheck subset under valgrind, the randomized stress run;
#   4. Apache's event MPM with the ZTS mod_php: the web tests' HTTP test set
#      (tests/web/test_http.py with tests/zts/apache_only.py), then the load
#      check (tests/zts/load.py).
# Every step runs even when an earlier one failed (except when nothing could
# be built); closes with `zts-test: N passed, M failed` over the steps.
# Environment: ZTS_STRESS_SECONDS (60), ZTS_LOAD_REQUESTS (20000),
# ZTS_LOAD_CLIENTS (64).
set -uo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
passed=0
failed=0
failures=()

die() {
    echo "zts-test: $1" >&2
    echo "zts-test: $passed passed, $((failed + 1)) failed"
    exit 1
}

# step NAME SECONDS COMMAND...: runs COMMAND bounded in time, counts it.
step() {
    local name=$1 limit=$2 t0 rc
    shift 2
    t0=$(date +%s)
    echo "zts-test: == $name"
    timeout --kill-after=15 "$limit" "$@"
    rc=$?
    [ "$rc" -eq 124 ] && echo "zts-test: $name timed out after ${limit}s"
    if [ "$rc" -eq 0 ]; then
        passed=$((passed + 1))
        echo "zts-test: ok   $name ($(( $(date +%s) - t0 ))s)"
    else
        failed=$((failed + 1))
        failures+=("$name")
        echo "zts-test: FAIL $name (exit $rc, $(( $(date +%s) - t0 ))s)"
    fi
}

prefix=$(scripts/zts-php.sh | tail -1) || die "could not build the ZTS PHP"
[ -x "$prefix/bin/php" ] || die "no php in $prefix"
export PATH="$prefix/bin:$PATH"
export PHP="$prefix/bin/php" PHP_CONFIG="$prefix/bin/php-config" ZTS_PHP_PREFIX="$prefix"
export CARGO_TARGET_DIR="$PWD/target/zts"
export AURA_EXT="$CARGO_TARGET_DIR/release/libaura_session.so"

ts=$(php -i | grep '^Thread Safety')
echo "zts-test: $(php -r 'echo "PHP ", PHP_VERSION, " (", PHP_SAPI, ") in ", PHP_BINARY;'): $ts"
[ "$ts" = "Thread Safety => enabled" ] || die "$prefix/bin/php is not thread-safe"

echo "zts-test: == cargo build --release (target/zts)"
cargo build --release || die "cargo build failed"
# A ZTS build reaches the engine's globals through the thread's TSRM cache.
nm -D --undefined-only "$AURA_EXT" | grep -w tsrm_get_ls_cache >/dev/null \
    || die "$AURA_EXT was not built for ZTS (no reference to tsrm_get_ls_cache)"
php -d "extension=$AURA_EXT" -r 'exit(class_exists("Aura\Session\SessionFactory") && PHP_ZTS ? 0 : 1);' \
    || die "the ZTS php does not load $AURA_EXT"
echo "zts-test: extension built for ZTS, loads into $prefix/bin/php"

step "Rust unit tests" 900 cargo test --release
step "phpt suite" 900 scripts/phpt.sh
step "million-operations memory test" 300 scripts/phpt.sh php-tests/memory/million_operations_flat_memory.phpt
step "memcheck subset (valgrind)" 1200 env MEMCHECK_SUBSET=1 scripts/memcheck.sh
step "stress run" $(( ${ZTS_STRESS_SECONDS:-60} + 120 )) scripts/stress.sh "${ZTS_STRESS_SECONDS:-60}"
step "HTTP tests, Apache event MPM + ZTS mod_php" 300 env PYTHONPATH=tests/zts \
    /usr/bin/python3 -m pytest -p apache_only tests/web/test_http.py --ext "$AURA_EXT" --count-label web -v
step "load check, Apache event MPM + ZTS mod_php" 900 python3 tests/zts/load.py --ext "$AURA_EXT" \
    --requests "${ZTS_LOAD_REQUESTS:-20000}" --clients "${ZTS_LOAD_CLIENTS:-64}"

echo "zts-test: $ts; took $(( $(date +%s) - started ))s${failures:+; failed: ${failures[*]}}"
echo "zts-test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
