#!/usr/bin/env bash
# Runs phpt files (default: all of php-tests/) with the built extension,
# through PHP's own run-tests.php. Fails when any test fails.
# AURA_EXT overrides the extension (scripts/asan.sh passes its ASan build);
# the php and php-config first in PATH run the tests (scripts/zts-test.sh
# puts a ZTS PHP there).
set -euo pipefail
cd "$(dirname "$0")/.."

ext="${AURA_EXT:-$PWD/target/release/libaura_session.so}"
runner="$(php-config --extension-dir)/build/run-tests.php"
[ -f "$runner" ] || runner="$(dirname "$(php-config --extension-dir)")/$(basename "$(php-config --extension-dir)")/build/run-tests.php"

export NO_INTERACTION=1 REPORT_EXIT_STATUS=1 TEST_PHP_EXECUTABLE="$(command -v php)"
out=$(mktemp)

. scripts/test-redis.sh
trap stop_test_redis EXIT
start_test_redis
set +e
php "$runner" -q --no-color --show-diff -d "extension=$ext" "${@:-php-tests/}" 2>&1 | tee "$out"
status=${PIPESTATUS[0]}
set -e
count() { sed -nE "s/^Tests $1 *: *([0-9]+).*/\1/p" "$out" | head -1; }
passed=$(count passed); failed=$(count failed); skipped=$(count skipped)
passed=${passed:-0}; failed=${failed:-0}; skipped=${skipped:-0}
rm -f "$out"
echo "phpt: $passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
