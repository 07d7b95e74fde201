--TEST--
aura_redis with lazy_lock: a request that read a session another request destroyed since cannot write it back
--SKIPIF--
<?php require __DIR__ . "/redis.inc"; skip_without_redis(); ?>
--INI--
session.save_handler=aura_redis
session.use_cookies=0
session.cache_limiter=
aura_session.redis_prefix=phpt:
aura_session.lazy_lock=1
--FILE--
<?php
require __DIR__ . "/redis.inc";
session_save_path('redis://' . test_redis());
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Auth');
$segment->set('user', 'ada');
$id = $session->getId();
echo $segment->get('user'), "\n";
other_request($id, 'session_start(); var_dump(session_destroy());');
try {
    $segment->set('last_seen', 'now');
    echo "written\n";
} catch (Aura\Session\Exception\SessionRetired $e) {
    echo get_class($e), "\n";
}
var_dump(redis_command('HMGET', "phpt:{" . $id . "}", 'd', 'x'));
?>
--EXPECT--
ada
bool(true)
Aura\Session\Exception\SessionRetired
array(2) {
  [0]=>
  NULL
  [1]=>
  string(1) "1"
}
