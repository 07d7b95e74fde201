#!/usr/bin/env bash
# Runs the phpt that put the extension under the PHP packages that use it in
# their 7.x line, with those packages' own code: Aura.Auth 7 (login, resume,
# the idle and expire timers and logout through AuthFactory over the native
# Session; php-tests/upstream-auth/) and Aura.Session 7's RedisSessionHandler
# with PhpredisClient, which the extension leaves to the Composer package, as
# the save handler of the native classes against a real Redis
# (php-tests/upstream-redis/).
#
# Their code is not in this repository and CI cannot download it, so in
# `make test` these phpt are skipped. Get it once, anywhere outside the
# repository, then name the src/ directories:
#
#   (mkdir -p ~/aura7 && cd ~/aura7 && composer require aura/auth:^7 aura/session:^7)
#   AURA_AUTH_SRC=~/aura7/vendor/aura/auth/src \
#   AURA_SESSION7_SRC=~/aura7/vendor/aura/session/src scripts/upstream-compat.sh
#
# (from packagist.org; add --ignore-platform-reqs when the packages ask for a
# newer PHP than the one here: only the src/ files are read, and only the
# classes the tests use are loaded, through an autoloader of the tests' own)
# Or from git: the 7.x branches of https://github.com/auraphp/Aura.Auth and
# https://github.com/auraphp/Aura.Session (AURA_AUTH_SRC=.../Aura.Auth/src,
# AURA_SESSION7_SRC=.../Aura.Session/src). Either variable alone runs its
# half; with neither the script says so and exits 0.
#
# The Redis test needs phpredis (Debian: php-redis) and a Redis server:
# AURA_REDIS_PORT names one on 127.0.0.1; when it is unset and redis-server
# is installed (Debian: redis-server), the script starts its own on a free
# loopback port, without persistence, and stops it at the end; otherwise
# 127.0.0.1:6379 is tried, and the test is skipped when nothing answers.
#
# Builds nothing: AURA_EXT, or target/release/libaura_session.so, is the
# extension (scripts/phpt.sh). Ends with `phpt: N passed, M failed, K skipped`.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${AURA_AUTH_SRC:-}" ] && [ -z "${AURA_SESSION7_SRC:-}" ]; then
    echo "upstream-compat: skipped: set AURA_AUTH_SRC (Aura.Auth 7.x src/) and/or AURA_SESSION7_SRC (Aura.Session 7.x src/); this script's header says where to get them"
    exit 0
fi
for var in AURA_AUTH_SRC AURA_SESSION7_SRC; do
    dir=${!var:-}
    [ -z "$dir" ] && continue
    [ -d "$dir" ] || { echo "upstream-compat: $var=$dir is not a directory" >&2; exit 2; }
    export "$var=$(cd "$dir" && pwd)"
done
[ -n "${AURA_AUTH_SRC:-}" ] && [ ! -f "$AURA_AUTH_SRC/AuthFactory.php" ] && { echo "upstream-compat: AURA_AUTH_SRC=$AURA_AUTH_SRC has no AuthFactory.php" >&2; exit 2; }
[ -n "${AURA_SESSION7_SRC:-}" ] && [ ! -f "$AURA_SESSION7_SRC/RedisSessionHandler.php" ] && { echo "upstream-compat: AURA_SESSION7_SRC=$AURA_SESSION7_SRC has no RedisSessionHandler.php" >&2; exit 2; }

redis_pid=
redis_dir=
stop_redis() {
    [ -n "$redis_pid" ] && kill "$redis_pid" 2>/dev/null && wait "$redis_pid" 2>/dev/null
    [ -n "$redis_dir" ] && rm -rf "$redis_dir"
    return 0
}
trap stop_redis EXIT

if [ -n "${AURA_SESSION7_SRC:-}" ] && [ -z "${AURA_REDIS_PORT:-}" ] && command -v redis-server >/dev/null; then
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    redis_dir=$(mktemp -d)
    redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no --dir "$redis_dir" \
        --logfile "$redis_dir/redis.log" &
    redis_pid=$!
    for _ in $(seq 50); do
        php -r 'exit(@fsockopen("127.0.0.1", (int) $argv[1]) ? 0 : 1);' "$port" && break
        sleep 0.1
    done
    export AURA_REDIS_PORT=$port
    echo "upstream-compat: redis-server of its own on 127.0.0.1:$port"
fi

dirs=()
[ -n "${AURA_AUTH_SRC:-}" ] && dirs+=(php-tests/upstream-auth/)
[ -n "${AURA_SESSION7_SRC:-}" ] && dirs+=(php-tests/upstream-redis/)
scripts/phpt.sh "${dirs[@]}"
