#!/usr/bin/env bash
# Installs what the farm tests (scripts/farm-test.sh), the lazy-lock and
# encryption tests and the load check (scripts/load.sh) need on Debian 12 or
# 13, skipping what is already there: redis-server, redis-tools, memcached,
# nginx and python3-pytest, and for the installed PHP php8.X-fpm and
# php8.X-mbstring (the example app calls mb_strlen()), php8.X-redis
# (Debian's phpredis, the `redis` and `rediscluster` session save handlers)
# and php8.X-memcached (the `memcached` one). Debian packages neither of the
# last two for PHP 8.5 and 8.6: there they are left out, with a note (the
# farm and lazy-lock tests then cannot run, the encryption tests skip those
# stores). Extra Debian packages can be named as arguments (load.sh adds wrk).
#
# The tests start their own redis-server and memcached processes on free
# loopback ports, so Debian's services are never used. When this script is
# the one that installs redis-server or memcached, it stops and disables the
# service apt started (an existing installation's service is left alone).
set -euo pipefail
. "$(dirname "$0")/lib.sh" setup-farm

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }
new_services=()
for service in redis-server memcached; do
    installed "$service" || new_services+=("$service")
done
scripts/setup.sh redis-server redis-tools memcached nginx python3-pytest "$@"
php=$(php_version)
modules=()
for module in "php$php-redis" "php$php-memcached"; do
    if installed "$module" || apt-cache show --no-all-versions "$module" >/dev/null 2>&1; then
        modules+=("$module")
    else
        echo "setup-farm: Debian has no $module; the tests of its session stores will not run"
    fi
done
scripts/setup.sh "php$php-fpm" "php$php-mbstring" "${modules[@]}"

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if command -v systemctl >/dev/null && [ -d /run/systemd/system ]; then
    for service in "${new_services[@]}"; do
        if systemctl is-active --quiet "$service"; then
            echo "setup-farm: stopping the $service service apt started (the tests run their own)"
            $sudo systemctl stop "$service" || true
        fi
        $sudo systemctl disable --quiet "$service" 2>/dev/null || true
    done
fi
