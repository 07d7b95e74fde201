#!/usr/bin/env bash
# `make zts-test`: the extension under thread-safe (ZTS) PHPs, one after the
# other: the installed php's series and 8.4 (ZTS_TEST_SERIES overrides). For
# each:
#   1. scripts/zts-php.sh: a ZTS PHP built from Debian's source package of
#      the series, under its own prefix (cached between runs);
#   2. the extension built against it (its php-config first in PATH) into
#      target/zts-<series>/, and checked to be a ZTS build;
#   3. with that PHP: the Rust unit tests, the whole phpt suite (which holds
#      the million-operations memory test, also run on its own), the
#      memcheck subset under valgrind, the randomized stress run;
#   4. Apache's event MPM with the ZTS mod_php: the web tests' HTTP test set
#      (tests/web/test_http.py with tests/zts/apache_only.py), then the load
#      check (tests/zts/load.py), then the native Redis save handler
#      (session.save_handler=aura_redis) under load on a redis-server and a
#      Redis Cluster of its own (tests/zts/redis_load.py).
# Every step runs even when an earlier one failed (except when nothing could
# be built for that PHP); closes with `zts-test: N passed, M failed` per PHP
# and over all of them.
# Environment: ZTS_TEST_SERIES (e.g. "8.2 8.4"; the versions of each series
# scripts/zts-php.sh builds are its own settings), ZTS_STRESS_SECONDS (60),
# ZTS_LOAD_REQUESTS (20000), ZTS_LOAD_CLIENTS (64), ZTS_REDIS_WRITES (blind
# writes per aura_redis site, 2000).
set -uo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
results=$(mktemp)
trap 'rm -f "$results"' EXIT

# The phpt of php-tests/redis-store and tests/zts/redis_load.py start Redis
# servers of their own: scripts/setup-farm.sh installs them (and keeps
# Debian's service stopped) when they are missing.
if ! command -v redis-server >/dev/null || ! command -v redis-cli >/dev/null; then
    scripts/setup-farm.sh || echo "zts-test: could not install redis-server; the aura_redis steps will fail" >&2
fi

host_series=$(php -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')
# each series once, in the order given
# shellcheck disable=SC2086 # a list of words
read -r -a series_list <<< "$(printf '%s\n' ${ZTS_TEST_SERIES:-$host_series 8.4} | awk '!seen[$0]++' | xargs)"
if [ -n "${ZTS_PHP_PREFIX:-}" ] && ((${#series_list[@]} > 1)); then
    echo "zts-test: ZTS_PHP_PREFIX names the prefix of one PHP; set ZTS_TEST_SERIES to one series with it" >&2
    exit 1
fi

# test_php SERIES: builds the ZTS PHP of SERIES and the extension against
# it, runs every step; appends "<label> <passed> <failed> <failed steps>" to
# $results. Run in a subshell: it changes PATH and the PHP it exports.
test_php() {
    local series=$1 t0 prefix ts label="PHP $1 ZTS"
    local passed=0 failed=0 failures=()
    t0=$(date +%s)

    die() {
        echo "zts-test: $label: $1" >&2
        echo "$label $passed $((failed + 1)) ($1)" >> "$results"
        exit 1
    }

    # step NAME SECONDS COMMAND...: runs COMMAND bounded in time, counts it.
    step() {
        local name=$1 limit=$2 t0 rc
        shift 2
        t0=$(date +%s)
        echo "zts-test: == $label: $name"
        timeout --kill-after=15 "$limit" "$@"
        rc=$?
        [ "$rc" -eq 124 ] && echo "zts-test: $name timed out after ${limit}s"
        if [ "$rc" -eq 0 ]; then
            passed=$((passed + 1))
            echo "zts-test: ok   $label: $name ($(( $(date +%s) - t0 ))s)"
        else
            failed=$((failed + 1))
            failures+=("$name")
            echo "zts-test: FAIL $label: $name (exit $rc, $(( $(date +%s) - t0 ))s)"
        fi
    }

    echo "zts-test: === $label"
    prefix=$(ZTS_PHP_SERIES=$series scripts/zts-php.sh | tail -1) || die "could not build the ZTS PHP"
    [ -x "$prefix/bin/php" ] || die "no php in $prefix"
    echo "zts-test: $label: PHP built or found in $(( $(date +%s) - t0 ))s"
    export PATH="$prefix/bin:$PATH"
    export PHP="$prefix/bin/php" PHP_CONFIG="$prefix/bin/php-config" ZTS_PHP_PREFIX="$prefix"
    export CARGO_TARGET_DIR="$PWD/target/zts-$series"
    export AURA_EXT="$CARGO_TARGET_DIR/release/libaura_session.so"

    label="PHP $(php -r 'echo PHP_VERSION;') ZTS"
    ts=$(php -i | grep '^Thread Safety')
    echo "zts-test: $(php -r 'echo "PHP ", PHP_VERSION, " (", PHP_SAPI, ") in ", PHP_BINARY;'): $ts"
    [ "$ts" = "Thread Safety => enabled" ] || die "$prefix/bin/php is not thread-safe"

    echo "zts-test: == $label: cargo build --release (target/zts-$series)"
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
    step "aura_redis under load, Apache event MPM + ZTS mod_php" 600 python3 tests/zts/redis_load.py \
        --ext "$AURA_EXT" --writes "${ZTS_REDIS_WRITES:-2000}"

    echo "zts-test: $label ($ts) took $(( $(date +%s) - t0 ))s"
    echo "$label $passed $failed ${failures[*]:+(${failures[*]})}" >> "$results"
}

for series in "${series_list[@]}"; do
    (test_php "$series")
done

total_passed=0
total_failed=0
while read -r php version zts passed failed rest; do
    echo "zts-test: $php $version $zts: $passed passed, $failed failed${rest:+; failed: $rest}"
    total_passed=$((total_passed + passed))
    total_failed=$((total_failed + failed))
done < "$results"
echo "zts-test: took $(( $(date +%s) - started ))s"
echo "zts-test: $total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ] && [ "$(wc -l < "$results")" -eq "${#series_list[@]}" ]
