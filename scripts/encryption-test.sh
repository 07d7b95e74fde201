#!/usr/bin/env bash
# Runs the encryption-at-rest tests (pytest, tests/encryption) against the
# already built extension: tests/encryption/app behind nginx and php-fpm
# with session.serialize_handler=aura_encrypted, one pool per store (files,
# a user SessionHandlerInterface class, phpredis `redis` with its locking on
# and off, `rediscluster` on a 3-master Redis Cluster, php-memcached, the
# extension's aura_redis), each server of its own on a free loopback port,
# then the key ring rotated by restarting php-fpm, and on two php-fpm
# servers by reloading them one after the other under load. A store whose server or PHP module is not installed
# (Debian packages no phpredis or php-memcached for PHP 8.5 and 8.6) is
# skipped, and the reason printed. Needs scripts/setup-farm.sh first (nginx,
# php-fpm and pytest at least). Bounded by ENCRYPTION_TIMEOUT seconds (180).
# Extra arguments go to pytest. Closes with `encryption: N passed, M failed`.
set -uo pipefail
. "$(dirname "$0")/lib.sh" encryption-test encryption

require_ext
php=$(php_version) || exit 1
for bin in nginx "php-fpm$php"; do
    command -v "$bin" >/dev/null || [ -x "/usr/sbin/$bin" ] || die "$bin is missing; run scripts/setup-farm.sh"
done
"$test_python" -c 'import pytest' 2>/dev/null || die "python3-pytest is missing; run scripts/setup-farm.sh"

. tests/farm/cleanup.sh

run_pytest "${ENCRYPTION_TIMEOUT:-180}" "$test_python" tests/encryption --ext "$ext" -v "$@"
