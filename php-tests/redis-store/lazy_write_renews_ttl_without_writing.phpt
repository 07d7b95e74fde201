--TEST--
aura_redis: an unchanged session (lazy_write) is not written again, only its expiry is renewed from session.gc_maxlifetime
--SKIPIF--
<?php require __DIR__ . "/redis.inc"; skip_without_redis(); ?>
--INI--
session.save_handler=aura_redis
session.use_cookies=0
session.cache_limiter=
aura_session.redis_prefix=phpt:
session.gc_maxlifetime=100
--FILE--
<?php
require __DIR__ . "/redis.inc";
ob_start();
session_save_path('redis://' . test_redis());
session_start();
$id = session_id();
$key = "phpt:{" . $id . "}";
$_SESSION['a'] = 1;
session_write_close();
$ttl = redis_command('PTTL', $key);
var_dump($ttl > 90000 && $ttl <= 100000, redis_command('HGET', $key, 'v'));

ini_set('session.gc_maxlifetime', 500);
session_id($id);
session_start();
session_write_close();
$ttl = redis_command('PTTL', $key);
var_dump($ttl > 490000 && $ttl <= 500000, redis_command('HGET', $key, 'v'));

ini_set('session.lazy_write', 0);
session_id($id);
session_start();
session_write_close();
var_dump(redis_command('HGET', $key, 'v'));
ob_end_flush();
?>
--EXPECT--
bool(true)
string(1) "1"
bool(true)
string(1) "1"
string(1) "1"
