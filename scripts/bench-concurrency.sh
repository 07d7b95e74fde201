#!/usr/bin/env bash
# `make bench-concurrency`: parallel requests on one session through nginx +
# php-fpm, with aura_session.lazy_lock=0 and =1, on files, phpredis (locking
# on and off, rediscluster) and the extension's aura_redis (a Redis and a
# Cluster) (tests/lazylock/bench.py); prints Markdown tables: waits, lost
# updates, requests/s with lost writes and errors, and Redis round trips per
# request. A benchmark, not a test: it asserts nothing. Needs
# scripts/setup-farm.sh first; builds nothing.
set -uo pipefail
. "$(dirname "$0")/lib.sh" bench-concurrency

require_ext
exec "$test_python" tests/lazylock/bench.py --ext "$ext" "$@"
