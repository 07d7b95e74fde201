#!/usr/bin/env bash
# Load check of the two-node session farm (meant for `make load`; not part of
# `make test`): starts the farm of tests/farm/ (standalone Redis with AOF, a
# 3-master Redis Cluster, two nginx + php-fpm app nodes) on 127.0.0.1, and
# drives both nodes with wrk, one session store after another: aura_redis on
# the Redis and on the Cluster with lazy_lock 0 and 1, then phpredis with its
# locking on, off and rediscluster; REQUESTS (40,000) each, a mix of
# cookieless reads and signed-in reads and writes. Prints a table per store:
# requests/s, p50/p99 latency, lost writes (answered as saved, missing from
# the store afterwards), errors, and the php-fpm workers' RSS before and
# after. Asserts no timing: fails only when a run did not complete or on RSS
# growth past noise. Bounded by LOAD_TIMEOUT seconds (900).
# Installs what is missing (wrk included) with scripts/setup-farm.sh; builds
# nothing: the extension must be built (cargo build --release).
set -uo pipefail
. "$(dirname "$0")/lib.sh" load

LOAD_TIMEOUT=${LOAD_TIMEOUT:-900}
REQUESTS=${REQUESTS:-40000}

require_ext
scripts/setup-farm.sh wrk || exit 1

. tests/farm/cleanup.sh

timeout --foreground --kill-after=15 "$LOAD_TIMEOUT" python3 tests/farm/load.py --ext "$ext" --requests "$REQUESTS" "$@"
rc=$?
[ "$rc" -eq 124 ] && echo "load: timed out after ${LOAD_TIMEOUT}s"
exit "$rc"
