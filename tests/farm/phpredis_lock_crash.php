<?php
// Plain PHP, no aura_session: session_start() with phpredis' `redis` save
// handler, redis.session.locking_enabled=1 and a Redis server that accepts
// connections but does not answer (stopped with SIGSTOP). test_farm.py runs
// it a few times and reports how many runs died of SIGSEGV (Debian 12's
// phpredis 5.3.7 frees its socket in ps_create_sid_redis and reads it again
// on the next lock attempt; valgrind shows the use after free).
try {
    session_start();
    echo "session_start() returned\n";
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
