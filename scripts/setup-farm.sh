#!/usr/bin/env bash
# Installs what the farm tests (scripts/farm-test.sh) and the load check
# (scripts/load.sh) need on Debian 12, skipping what is already there:
# redis-server and redis-tools, php8.2-redis (Debian's phpredis, the `redis`
# and `rediscluster` session save handlers), php8.2-fpm, php8.2-cli, nginx and
# python3. Extra Debian packages can be named as arguments (load.sh adds wrk).
#
# The farm starts its own redis-server processes on random loopback ports, so
# Debian's redis-server service is never used. When this script is the one
# that installs redis-server, it stops and disables the service apt started
# (an existing installation's service is left alone).
set -euo pipefail

cd "$(dirname "$0")/.."

had_redis=yes
dpkg-query -W -f='${Status}' redis-server 2>/dev/null | grep -q "ok installed" || had_redis=no
scripts/setup.sh redis-server redis-tools php8.2-redis php8.2-fpm nginx python3 "$@"

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if [ "$had_redis" = no ] && command -v systemctl >/dev/null && [ -d /run/systemd/system ]; then
    if systemctl is-active --quiet redis-server; then
        echo "setup-farm: stopping the redis-server service apt started (the farm runs its own)"
        $sudo systemctl stop redis-server || true
    fi
    $sudo systemctl disable --quiet redis-server 2>/dev/null || true
fi
