--TEST--
aura_session.idle_timeout: a read-only request within a quarter of the timeout leaves the session data unchanged, so lazy_write writes nothing
--INI--
session.use_cookies=0
session.cache_limiter=
session.use_strict_mode=1
session.lazy_write=1
session.serialize_handler=php_serialize
aura_session.idle_timeout=3600
--FILE--
<?php
require __DIR__ . '/requests.inc';

$session = next_request(null);
$session->getSegment('app')->set('user', 'ada');
$id = $session->getId();
$active = $session->getLastActiveTime();

$session = next_request($id);
echo $session->getSegment('app')->get('user'), "\n";
var_dump($session->getLastActiveTime() === $active);
session_write_close();
var_dump(MemoryStore::$log);
?>
--EXPECT--
ada
bool(true)
array(0) {
}
