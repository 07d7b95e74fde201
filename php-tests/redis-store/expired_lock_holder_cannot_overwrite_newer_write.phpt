--TEST--
aura_redis: a holder whose lock expired cannot overwrite the write of the request that took the lock after it
--SKIPIF--
<?php require __DIR__ . "/redis.inc"; skip_without_redis(); ?>
--INI--
session.save_handler=aura_redis
session.use_cookies=0
session.cache_limiter=
aura_session.redis_prefix=phpt:
aura_session.redis_lock_ttl=100
--FILE--
<?php
require __DIR__ . "/redis.inc";
session_save_path('redis://' . test_redis());
session_start();
$id = session_id();
$_SESSION['n'] = 0;
session_write_close();

session_id($id);
session_start();
usleep(200000);
other_request($id, 'session_start(); $_SESSION["n"] = 5; var_dump(session_write_close());');
$_SESSION['n'] = 1;
try {
    session_write_close();
} catch (Aura\Session\Exception\ConcurrentModification $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
session_id($id);
session_start();
var_dump($_SESSION['n']);
session_abort();
?>
--EXPECT--
bool(true)
Aura\Session\Exception\ConcurrentModification: Another request wrote this session since this request read it, so nothing was written
int(5)
