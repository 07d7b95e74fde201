--TEST--
A request finding its id marked as moving waits for the rotation to name the new id, and ends with 'rotated' when it never does
--INI--
session.use_cookies=0
session.cache_limiter=
session.use_strict_mode=1
session.serialize_handler=php_serialize
aura_session.rotate_interval=60
--FILE--
<?php
require __DIR__ . '/requests.inc';

$id = 'movingid0123456789abcdefgh';
MemoryStore::$data[$id] = serialize(['Aura\Session\Lifetime' => ['until' => time() + 30]]);
$started = microtime(true);
$session = next_request($id);
$user = $session->getSegment('app')->get('user', 'alt');
$waited = microtime(true) - $started;
var_dump($user, $session->getExpiredReason(), $waited > 0.15 && $waited < 2, $session->getId() !== $id);

MemoryStore::$data[$id] = serialize(['Aura\Session\Lifetime' => ['until' => time() - 1]]);
$started = microtime(true);
$session = next_request($id);
$session->getSegment('app')->get('user');
var_dump(microtime(true) - $started < 0.1, stored($id));
?>
--EXPECT--
string(3) "alt"
string(7) "rotated"
bool(true)
bool(true)
bool(true)
NULL
