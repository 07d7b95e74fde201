#!/usr/bin/env bash
# Runs the lazy-lock tests (pytest, tests/lazylock) against the already built
# extension: parallel requests with one session cookie through nginx and
# php-fpm (8 workers per pool), sessions in files and in a standalone Redis
# (Debian's phpredis), with aura_session.lazy_lock=1. Needs
# scripts/setup-farm.sh first. Everything listens on 127.0.0.1 on free ports
# and is stopped afterwards. test_faults.py kills php-fpm workers and restarts
# its own Redis, and prints the process-fault table at the end. Bounded by
# LAZY_LOCK_TIMEOUT seconds (300).
# Extra arguments go to pytest. Closes with `lazy-lock: N passed, M failed`.
set -uo pipefail
. "$(dirname "$0")/lib.sh" lazy-lock-test lazy-lock

require_ext
"$test_python" -c 'import pytest' 2>/dev/null || die "python3-pytest is missing; run scripts/setup-farm.sh"
run_pytest "${LAZY_LOCK_TIMEOUT:-300}" "$test_python" tests/lazylock --ext "$ext" -v "$@"
