#!/usr/bin/env bash
# Runs the web tests against the already built extension
# (target/release/libaura_session.so; this script builds nothing):
#   1. tests/web/http_test.py: HTTP tests of examples/app under PHP's built-in
#      server and under nginx + php-fpm;
#   2. tests/web/browser_test.mjs: the same app in headless Debian Chromium.
# Needs scripts/setup-web.sh first. Every server listens on 127.0.0.1 on a
# random free port and is stopped afterwards. Each step is bounded in time.
# Exits non-zero when any test fails.
set -uo pipefail
. "$(dirname "$0")/lib.sh" web-test web-test

HTTP_TIMEOUT=${HTTP_TIMEOUT:-300}
BROWSER_TIMEOUT=${BROWSER_TIMEOUT:-240}

require_ext
[ -d tests/web/node_modules/playwright-core ] \
    || die "tests/web/node_modules is missing; run scripts/setup-web.sh first"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0

# step WHAT SECONDS PREFIX COMMAND...: runs COMMAND bounded by SECONDS, its
# output shown and kept in $log; a failure sets status=1. Leaves in $line the
# last "PREFIX: N passed, M failed" line it printed (empty when none).
step() {
    local what=$1 limit=$2 prefix=$3 rc
    shift 3
    timeout --kill-after=15 "$limit" "$@" | tee "$log"
    rc=${PIPESTATUS[0]}
    [ "$rc" -eq 0 ] || { status=1; [ "$rc" -eq 124 ] && echo "web-test: $what timed out after ${limit}s"; }
    line=$(grep -E "^$prefix: [0-9]+ passed, [0-9]+ failed\$" "$log" | tail -1)
}

echo "web-test: HTTP tests (built-in server, nginx + php-fpm)"
step "HTTP tests" "$HTTP_TIMEOUT" web python3 tests/web/http_test.py --ext "$ext"
http_line=$line

echo "web-test: browser test (headless chromium)"
step "browser test" "$BROWSER_TIMEOUT" browser node tests/web/browser_test.mjs --ext "$ext"
browser_line=$line

count() { sed -nE "s/^[a-z]+: ([0-9]+) passed, ([0-9]+) failed$/\\$2/p" <<<"$1"; }
passed=$(( $(count "$http_line" 1 || true) + 0 ))
failed=$(( $(count "$http_line" 2 || true) + 0 ))
passed=$(( passed + $(count "$browser_line" 1 || true) + 0 ))
failed=$(( failed + $(count "$browser_line" 2 || true) + 0 ))
# a step that died before printing its count still fails the run
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "web-test: $passed passed, $failed failed"
exit "$status"
