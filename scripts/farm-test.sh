#!/usr/bin/env bash
# Runs the session-farm tests (tests/farm/farm_test.py) against the already
# built extension (target/release/libaura_session.so; this script builds
# nothing): the example app on two nginx + php-fpm nodes with sessions in a
# standalone Redis (AOF on) and in a 3-master Redis Cluster, through Debian's
# phpredis. Needs scripts/setup-farm.sh first. Everything listens on
# 127.0.0.1 on random free ports and is stopped afterwards, also when a test
# fails or the run is interrupted (Ctrl-C, SIGTERM from the timeout; a leftover
# process is killed by tests/farm/cleanup.sh). Bounded by FARM_TIMEOUT seconds (240).
# Extra arguments go to farm_test.py (-k SUBSTRING, --json FILE).
# Exits non-zero when any test fails.
set -uo pipefail
. "$(dirname "$0")/lib.sh" farm-test farm

FARM_TIMEOUT=${FARM_TIMEOUT:-240}

require_ext
for bin in redis-server redis-cli nginx php-fpm8.2 python3; do
    command -v "$bin" >/dev/null || [ -x "/usr/sbin/$bin" ] || die "$bin is missing; run scripts/setup-farm.sh"
done
fpm=$(command -v php-fpm8.2 || echo /usr/sbin/php-fpm8.2)
"$fpm" -m 2>/dev/null | grep -qx redis || die "php-fpm8.2 has no redis module; run scripts/setup-farm.sh"

. tests/farm/cleanup.sh

log=$(mktemp)
timeout --foreground --kill-after=15 "$FARM_TIMEOUT" python3 tests/farm/farm_test.py --ext "$ext" "$@" | tee "$log"
rc=${PIPESTATUS[0]}
[ "$rc" -eq 124 ] && echo "farm-test: timed out after ${FARM_TIMEOUT}s"
if ! grep -qE '^farm: [0-9]+ passed, [0-9]+ failed$' "$log"; then
    echo "farm: 0 passed, 1 failed"
    rc=1
fi
rm -f "$log"
exit "$rc"
