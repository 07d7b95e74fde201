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
cd "$(dirname "$0")/.."

ext="$PWD/target/release/libaura_session.so"
HTTP_TIMEOUT=${HTTP_TIMEOUT:-300}
BROWSER_TIMEOUT=${BROWSER_TIMEOUT:-240}

if [ ! -f "$ext" ]; then
    echo "web-test: $ext is missing; build it first (cargo build --release)" >&2
    echo "web-test: 0 passed, 1 failed"
    exit 1
fi
if [ ! -d tests/web/node_modules/playwright-core ]; then
    echo "web-test: tests/web/node_modules is missing; run scripts/setup-web.sh first" >&2
    echo "web-test: 0 passed, 1 failed"
    exit 1
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0

echo "web-test: HTTP tests (built-in server, nginx + php-fpm)"
timeout --kill-after=15 "$HTTP_TIMEOUT" python3 tests/web/http_test.py --ext "$ext" | tee "$log"
rc=${PIPESTATUS[0]}
[ "$rc" -eq 0 ] || { status=1; [ "$rc" -eq 124 ] && echo "web-test: HTTP tests timed out after ${HTTP_TIMEOUT}s"; }
http_line=$(grep -E '^web: [0-9]+ passed, [0-9]+ failed$' "$log" | tail -1)

echo "web-test: browser test (headless chromium)"
timeout --kill-after=15 "$BROWSER_TIMEOUT" node tests/web/browser_test.mjs --ext "$ext" | tee "$log"
rc=${PIPESTATUS[0]}
[ "$rc" -eq 0 ] || { status=1; [ "$rc" -eq 124 ] && echo "web-test: browser test timed out after ${BROWSER_TIMEOUT}s"; }
browser_line=$(grep -E '^browser: [0-9]+ passed, [0-9]+ failed$' "$log" | tail -1)

count() { sed -nE "s/^[a-z]+: ([0-9]+) passed, ([0-9]+) failed$/\\$2/p" <<<"$1"; }
passed=$(( $(count "$http_line" 1 || true) + 0 ))
failed=$(( $(count "$http_line" 2 || true) + 0 ))
passed=$(( passed + $(count "$browser_line" 1 || true) + 0 ))
failed=$(( failed + $(count "$browser_line" 2 || true) + 0 ))
# a step that died before printing its count still fails the run
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "web-test: $passed passed, $failed failed"
exit "$status"
