--TEST--
aura_redis: a session id with a brace (which would choose the Cluster slot) is refused with an exception that says why, stores nothing, and leaves $_SESSION as it was
--SKIPIF--
<?php require __DIR__ . "/redis.inc"; skip_without_redis(); ?>
--INI--
session.save_handler=aura_redis
session.use_cookies=0
session.cache_limiter=
aura_session.redis_prefix=phpt:
session.use_strict_mode=0
--FILE--
<?php
require __DIR__ . "/redis.inc";
session_save_path('redis://' . test_redis());
$_SESSION = ['kept' => 1];
foreach (['}leading', 'in{side', 'x}'] as $id) {
    session_id($id);
    try {
        session_start();
        echo "started\n";
    } catch (Aura\Session\Exception $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    var_dump(session_status() === PHP_SESSION_NONE, redis_command('EXISTS', "phpt:{" . $id . "}"));
}
var_dump($_SESSION);
?>
--EXPECT--
Aura\Session\Exception: The Redis session store holds no session id with { or } (the braces would choose the Cluster slot); PHP's own ids never have them
bool(true)
int(0)
Aura\Session\Exception: The Redis session store holds no session id with { or } (the braces would choose the Cluster slot); PHP's own ids never have them
bool(true)
int(0)
Aura\Session\Exception: The Redis session store holds no session id with { or } (the braces would choose the Cluster slot); PHP's own ids never have them
bool(true)
int(0)
array(1) {
  ["kept"]=>
  int(1)
}
