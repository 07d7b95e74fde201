#!/usr/bin/env bash
# Installs what the farm tests (scripts/farm-test.sh) and the load check
# (scripts/load.sh) need on Debian 12 or 13, skipping what is already there:
# redis-server and redis-tools, nginx and python3-pytest, and for the
# installed PHP php8.X-redis (Debian's phpredis, the `redis` and
# `rediscluster` session save handlers), php8.X-fpm and php8.X-mbstring (the
# example app calls mb_strlen()). Extra Debian packages can be named as
# arguments (load.sh adds wrk).
#
# The farm starts its own redis-server processes on free loopback ports, so
# Debian's redis-server service is never used. When this script is the one
# that installs redis-server, it stops and disables the service apt started
# (an existing installation's service is left alone).
set -euo pipefail
. "$(dirname "$0")/lib.sh" setup-farm

had_redis=yes
dpkg-query -W -f='${Status}' redis-server 2>/dev/null | grep -q "ok installed" || had_redis=no
scripts/setup.sh redis-server redis-tools nginx python3-pytest "$@"
php=$(php_version)
scripts/setup.sh "php$php-redis" "php$php-fpm" "php$php-mbstring"

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if [ "$had_redis" = no ] && command -v systemctl >/dev/null && [ -d /run/systemd/system ]; then
    if systemctl is-active --quiet redis-server; then
        echo "setup-farm: stopping the redis-server service apt started (the farm runs its own)"
        $sudo systemctl stop redis-server || true
    fi
    $sudo systemctl disable --quiet redis-server 2>/dev/null || true
fi
