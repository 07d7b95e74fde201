#!/usr/bin/env bash
# Runs the HTTP tests of the native Redis save handler
# (session.save_handler=aura_redis; pytest, tests/redisstore) against the
# already built extension: parallel requests on one session through nginx
# and php-fpm (8 workers per pool), against a standalone redis-server and a
# 3-master Redis Cluster (with a replica each for the failover test), with
# aura_session.lazy_lock 0 and 1; worker kills, Redis restarts and a Cluster
# failover under load; strict mode and the lock wait. Debian's phpredis
# (redis with locking on and off, rediscluster) runs the parallel scenarios
# beside it as comparison rows. Needs scripts/setup-farm.sh first.
# Everything listens on 127.0.0.1 on free ports and is stopped afterwards.
# Prints the results table at the end (also written to
# redis-store-results.txt in pytest's temp dir, or to REDIS_STORE_RESULTS).
# Bounded by REDIS_STORE_TIMEOUT seconds (600). Extra arguments go to
# pytest. Closes with `redis-store: N passed, M failed`.
set -uo pipefail
. "$(dirname "$0")/lib.sh" redis-store-test redis-store

require_ext
"$test_python" -c 'import pytest' 2>/dev/null || die "python3-pytest is missing; run scripts/setup-farm.sh"
run_pytest "${REDIS_STORE_TIMEOUT:-600}" "$test_python" tests/redisstore --ext "$ext" -v "$@"
