# Sourced by scripts/phpt.sh and scripts/memcheck.sh: the tests of
# session.save_handler=aura_redis (php-tests/redis-store) need a Redis
# server. start_test_redis starts one of their own on a free loopback port
# (when redis-server is installed and AURA_TEST_REDIS names none), exports
# AURA_TEST_REDIS=127.0.0.1:PORT, and stop_test_redis, which the caller's
# EXIT trap runs, stops it and removes its directory.
test_redis_dir=""

start_test_redis() {
    command -v redis-server >/dev/null && [ -z "${AURA_TEST_REDIS:-}" ] || return 0
    test_redis_dir=$(mktemp -d)
    local port
    for _ in 1 2 3 4 5; do
        port=$((20000 + RANDOM % 30000))
        redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no \
            --dir "$test_redis_dir" --daemonize yes --pidfile "$test_redis_dir/pid" >/dev/null || continue
        for _ in $(seq 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
        if redis-cli -p "$port" ping >/dev/null 2>&1; then
            export AURA_TEST_REDIS="127.0.0.1:$port"
            return 0
        fi
    done
}

stop_test_redis() {
    [ -n "$test_redis_dir" ] || return 0
    kill "$(cat "$test_redis_dir/pid" 2>/dev/null)" 2>/dev/null || true
    rm -rf "$test_redis_dir"
}
