--TEST--
aura_redis: a holder whose lock expired while no other request wrote still commits (the version is unchanged)
--SKIPIF--
<?php require __DIR__ . "/redis.inc"; skip_without_redis(); ?>
--INI--
session.save_handler=aura_redis
session.use_cookies=0
session.cache_limiter=
aura_session.redis_prefix=phpt:
aura_session.redis_lock_ttl=50
--FILE--
<?php
require __DIR__ . "/redis.inc";
session_save_path('redis://' . test_redis());
session_start();
$id = session_id();
usleep(150000);
$_SESSION['late'] = true;
var_dump(session_write_close());
session_id($id);
session_start();
var_dump($_SESSION);
session_abort();
?>
--EXPECT--
bool(true)
array(1) {
  ["late"]=>
  bool(true)
}
