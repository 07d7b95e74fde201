--TEST--
aura_redis: data round-trips, and the store keeps it in one hash with a version that each write moves up
--SKIPIF--
<?php require __DIR__ . "/redis.inc"; skip_without_redis(); ?>
--INI--
session.save_handler=aura_redis
session.use_cookies=0
session.cache_limiter=
aura_session.redis_prefix=phpt:
--FILE--
<?php
require __DIR__ . "/redis.inc";
session_save_path('redis://' . test_redis());
session_start();
$id = session_id();
$_SESSION['user'] = 'ada';
var_dump(session_write_close());
var_dump(redis_command('HMGET', "phpt:{" . $id . "}", 'd', 'v', 'x'));
var_dump(redis_command('PTTL', "phpt:{" . $id . "}") > 1000 * 1000, redis_command('EXISTS', "phpt:{" . $id . "}:lock"));
session_id($id);
session_start();
var_dump($_SESSION);
$_SESSION['n'] = 2;
session_write_close();
var_dump(redis_command('HGET', "phpt:{" . $id . "}", 'v'));
?>
--EXPECT--
bool(true)
array(3) {
  [0]=>
  string(15) "user|s:3:"ada";"
  [1]=>
  string(1) "1"
  [2]=>
  NULL
}
bool(true)
int(0)
array(1) {
  ["user"]=>
  string(3) "ada"
}
string(1) "2"
