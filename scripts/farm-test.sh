#!/usr/bin/env bash
# Runs the session-farm tests (pytest, tests/farm) against the already built
# extension (target/release/libaura_session.so; this script builds nothing):
# the example app on two nginx + php-fpm nodes with sessions in a standalone
# Redis (AOF on) and in a 3-master Redis Cluster, through Debian's phpredis.
# Needs scripts/setup-farm.sh first. Everything listens on 127.0.0.1 on free
# ports chosen at start and is stopped afterwards, also when a test fails or
# the run is interrupted (Ctrl-C, SIGTERM from the timeout; a leftover process
# is killed by tests/farm/cleanup.sh). Bounded by FARM_TIMEOUT seconds (240).
# Extra arguments go to pytest (-k EXPRESSION, --farm-json FILE, ...).
# Closes with `farm: N passed, M failed`; exits non-zero when any test fails
# or none ran.
set -uo pipefail
. "$(dirname "$0")/lib.sh" farm-test farm

FARM_TIMEOUT=${FARM_TIMEOUT:-240}

require_ext
php=$(php_version) || exit 1
fpm="php-fpm$php"
for bin in redis-server redis-cli nginx "$fpm"; do
    command -v "$bin" >/dev/null || [ -x "/usr/sbin/$bin" ] || die "$bin is missing; run scripts/setup-farm.sh"
done
"$test_python" -c 'import pytest' 2>/dev/null || die "python3-pytest is missing; run scripts/setup-farm.sh"
# The module list is read whole first: `grep -q` closing the pipe early would
# kill php-fpm with SIGPIPE, which pipefail reports as a missing module.
fpm_modules=$("$(command -v "$fpm" || echo "/usr/sbin/$fpm")" -m 2>/dev/null || true)
grep -qx redis <<<"$fpm_modules" \
    || die "$fpm has no redis module; run scripts/setup-farm.sh"

. tests/farm/cleanup.sh

run_pytest "$FARM_TIMEOUT" "$test_python" tests/farm --ext "$ext" -v "$@"
