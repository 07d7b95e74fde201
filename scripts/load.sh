#!/usr/bin/env bash
# Load check of the two-node session farm (meant for `make load`; not part of
# `make test`): starts the farm of tests/farm/ (standalone Redis with AOF, two
# nginx + php-fpm app nodes, phpredis locking on) on 127.0.0.1, and drives
# both nodes with wrk: 100,000 requests (REQUESTS), a mix of cookieless reads
# and signed-in reads and writes. Prints requests/s, p50/p90/p99 latency, the
# error count, and the php-fpm workers' RSS before and after. Fails on any
# error or on RSS growth past noise. Bounded by LOAD_TIMEOUT seconds (300).
# Installs what is missing (wrk included) with scripts/setup-farm.sh; builds
# nothing: the extension must be built (cargo build --release).
set -uo pipefail
. "$(dirname "$0")/lib.sh" load

LOAD_TIMEOUT=${LOAD_TIMEOUT:-300}
REQUESTS=${REQUESTS:-100000}

require_ext
scripts/setup-farm.sh wrk || exit 1

. tests/farm/cleanup.sh

timeout --foreground --kill-after=15 "$LOAD_TIMEOUT" python3 tests/farm/load.py --ext "$ext" --requests "$REQUESTS" "$@"
rc=$?
[ "$rc" -eq 124 ] && echo "load: timed out after ${LOAD_TIMEOUT}s"
exit "$rc"
