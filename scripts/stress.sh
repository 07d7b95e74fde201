#!/usr/bin/env bash
# Randomized stress run of the built extension (target/release/libaura_session.so):
# random sequences of Session/Segment/CsrfToken calls mixed with hostile
# changes to $_SESSION, over several simulated requests per scenario, each
# scenario in its own PHP process (tests/stress/stress.php documents the
# invariants). A crash, hang, fatal error, undocumented exception or broken
# invariant fails the run; the failure report shows the seeds, the last
# operations and the command that replays the scenario.
#
# Usage: scripts/stress.sh [seconds (default 60)] [seed (default: random)]
# Prints `stress: seed N` first and `stress: N passed, M failed` last
# (N = scenarios run); exits non-zero on any failure.
# Environment: STRESS_SCENARIO_TIMEOUT (30, 300 under valgrind): seconds
# before a scenario counts as hung. STRESS_VALGRIND=1: run each worker under
# valgrind memcheck (USE_ZEND_ALLOC=0) and fail on any memory error it
# reports; about 3 s a scenario instead of 30 ms.
# AURA_EXT=path: test that build of the extension; the php first in PATH
# runs the driver and the workers.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/seeded.sh stress "${1:-60}" "${2:-}"
# The driver itself runs without the extension; only the workers load it.
exec php -n -d memory_limit=256M tests/stress/stress.php driver "$seconds" "$seed" "$ext"
