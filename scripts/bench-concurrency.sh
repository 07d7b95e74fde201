#!/usr/bin/env bash
# `make bench-concurrency`: parallel requests on one session through nginx +
# php-fpm, files and Redis, with aura_session.lazy_lock=0, =1 and with
# phpredis' own locking off (tests/lazylock/bench.py); prints a Markdown
# table. A benchmark, not a test: it asserts nothing. Needs
# scripts/setup-farm.sh first; builds nothing.
set -uo pipefail
. "$(dirname "$0")/lib.sh" bench-concurrency

require_ext
exec "$test_python" tests/lazylock/bench.py --ext "$ext" "$@"
