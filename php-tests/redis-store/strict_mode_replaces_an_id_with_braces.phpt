--TEST--
aura_redis: with strict mode, a session id with a brace is not adopted: PHP makes a new id and the session starts
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
session_id('}chosen');
var_dump(session_start(), session_id() !== '}chosen', strpbrk(session_id(), '{}'));
$_SESSION['a'] = 1;
$id = session_id();
session_write_close();
var_dump(redis_command('EXISTS', "phpt:{" . $id . "}"));
?>
--EXPECT--
bool(true)
bool(true)
bool(false)
int(1)
