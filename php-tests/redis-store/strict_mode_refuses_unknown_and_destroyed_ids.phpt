--TEST--
aura_redis: with strict mode, neither an unknown id nor a destroyed one is adopted
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
session_id('attackerchosenid0123456789abcdef');
session_start();
var_dump(session_id() === 'attackerchosenid0123456789abcdef');
$_SESSION['a'] = 1;
$id = session_id();
session_write_close();

session_id($id);
session_start();
var_dump(session_id() === $id, $_SESSION);
session_destroy();
var_dump(redis_command('HGET', "phpt:{" . $id . "}", 'x'));

session_id($id);
session_start();
var_dump(session_id() === $id, $_SESSION);
session_abort();
?>
--EXPECT--
bool(false)
bool(true)
array(1) {
  ["a"]=>
  int(1)
}
string(1) "1"
bool(false)
array(0) {
}
