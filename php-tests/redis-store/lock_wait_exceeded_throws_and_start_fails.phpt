--TEST--
aura_redis: a request that cannot get the lock within redis_lock_wait throws and runs without a session, never unlocked
--SKIPIF--
<?php require __DIR__ . "/redis.inc"; skip_without_redis(); ?>
--INI--
session.save_handler=aura_redis
session.use_cookies=0
session.cache_limiter=
aura_session.redis_prefix=phpt:
aura_session.redis_lock_wait=200
--FILE--
<?php
require __DIR__ . "/redis.inc";
session_save_path('redis://' . test_redis());
session_start();
$_SESSION['n'] = 1;
session_write_close();
// Stored: the other request's id is a live one, also under strict mode
// (PHP 8.6's default).
session_start();
other_request(session_id(), '
    $t = microtime(true);
    try {
        session_start();
        echo "started\n";
    } catch (Aura\Session\Exception $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    echo "waited at least 200 ms: ", json_encode(microtime(true) - $t >= 0.2), "\n";
    echo "status none: ", json_encode(session_status() === PHP_SESSION_NONE), "\n";
');
var_dump(session_write_close());
?>
--EXPECT--
Aura\Session\Exception: Another request held this session's lock for all of aura_session.redis_lock_wait (200 ms), so the session was not opened
waited at least 200 ms: true
status none: true
bool(true)
