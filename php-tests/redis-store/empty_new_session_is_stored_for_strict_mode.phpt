--TEST--
aura_redis: a new session left empty (lazy_write) is still stored, so strict mode knows its id on the next request
--SKIPIF--
<?php require __DIR__ . "/redis.inc"; skip_without_redis(); ?>
--INI--
session.save_handler=aura_redis
session.use_cookies=0
session.cache_limiter=
aura_session.redis_prefix=phpt:
session.use_strict_mode=1
--FILE--
<?php
require __DIR__ . "/redis.inc";
session_save_path('redis://' . test_redis());
session_start();
$id = session_id();
session_write_close();
var_dump(redis_command('HMGET', "phpt:{" . $id . "}", 'd', 'v'));
session_id($id);
session_start();
var_dump(session_id() === $id);
session_abort();
?>
--EXPECT--
array(2) {
  [0]=>
  string(0) ""
  [1]=>
  string(1) "1"
}
bool(true)
