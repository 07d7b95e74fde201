--TEST--
aura_redis: session_start() against a server that cannot be reached throws, and no session starts
--INI--
session.save_handler=aura_redis
session.save_path=redis://127.0.0.1:1
aura_session.redis_timeout=200
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
$_SESSION = ['kept' => 1];
try {
    session_start();
    echo "started\n";
} catch (Aura\Session\Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump(session_status() === PHP_SESSION_NONE, $_SESSION);
?>
--EXPECTF--
Aura\Session\Exception: The Redis session store failed: %s
bool(true)
array(1) {
  ["kept"]=>
  int(1)
}
