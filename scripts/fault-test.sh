#!/usr/bin/env bash
# Runs the fault-injection tests (pytest, tests/fault) against the already
# built extension: a save handler that returns false, throws, stalls, calls
# exit() or raises a fatal error at each of its calls, driven through every
# Aura API call with aura_session.lazy_lock 0 and 1 and the session lifetimes
# off and on, over our own user-level store, PHP's files handler and phpredis
# (a redis-server of its own on a free loopback port; the Redis part is
# skipped, and said so, without redis-server or phpredis). tests/fault/
# test_fault.py lists the invariants. Then a fixed subset of cases under
# valgrind memcheck (skipped without valgrind).
#
# Environment: FAULT_FULL=1 every fault point, kind and lifetime (a long
# run); FAULT_VALGRIND=0 leaves the valgrind subset out; FAULT_JOBS parallel
# processes; FAULT_GROUPS=regex some groups only; FAULT_REPORT=file every
# violation as JSON; AURA_REFERENCE_SRC=the PHP library's src/ compares the
# default mode with the library (without it those cases check only what
# holds in every mode). Bounded by FAULT_TIMEOUT seconds (420; 7200 with
# FAULT_FULL=1). Extra arguments go to pytest.
# Prints the counts (cases, invariant checks, violations, the valgrind
# summary) and closes with `fault: N passed, M failed` (N, M: test groups).
set -uo pipefail
. "$(dirname "$0")/lib.sh" fault-test fault

require_ext
command -v php-cgi >/dev/null || die "php-cgi is missing; run scripts/setup.sh php-cgi (each case is one CGI request, so its Set-Cookie is seen)"
"$test_python" -c 'import pytest' 2>/dev/null || die "python3-pytest is missing; run scripts/setup-farm.sh"
if [ -z "${FAULT_VALGRIND:-}" ]; then
    if command -v valgrind >/dev/null; then
        export FAULT_VALGRIND=1
    else
        echo "fault-test: valgrind is not installed: the valgrind subset is skipped"
        export FAULT_VALGRIND=0
    fi
fi
limit=${FAULT_TIMEOUT:-420}
[ "${FAULT_FULL:-0}" = 1 ] && limit=${FAULT_TIMEOUT:-7200}
run_pytest "$limit" "$test_python" tests/fault --ext "$ext" -q "$@"
