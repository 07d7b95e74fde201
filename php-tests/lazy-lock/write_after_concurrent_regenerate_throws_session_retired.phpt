--TEST--
lazy_lock=1, strict mode: a write after another request retired the id this request read (regenerateId(), destroy()) throws SessionRetired, writes nothing and issues no new session
--INI--
aura_session.lazy_lock=1
session.use_cookies=0
session.cache_limiter=
session.use_strict_mode=1
session.serialize_handler=php_serialize
--FILE--
<?php
require __DIR__ . '/../lifetime/requests.inc';
$session = next_request(null);
$session->getSegment('app')->set('user', 'ada');
$old = $session->getId();
$session->commit();

$session = next_request($old);
$segment = $session->getSegment('app');
var_dump($segment->get('user'));

// Another request logs in: regenerateId() deletes the old id.
MemoryStore::$data['logged-in'] = MemoryStore::$data[$old];
unset(MemoryStore::$data[$old]);
MemoryStore::$log = [];

try {
    $segment->set('cart', 3);
} catch (Aura\Session\Exception\SessionRetired $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(array_keys(MemoryStore::$data), session_id() === $old, session_status() === PHP_SESSION_ACTIVE);
// A second write is refused the same way.
try {
    $segment->set('cart', 4);
} catch (Aura\Session\Exception\SessionRetired $e) {
    echo "refused again\n";
}
var_dump(array_keys(MemoryStore::$data));
?>
--EXPECT--
string(3) "ada"
Aura\Session\Exception\SessionRetired: The session was ended by another request (regenerateId(), destroy() or an expired rotation) since this request read it, so nothing was written
array(1) {
  [0]=>
  string(9) "logged-in"
}
bool(true)
bool(false)
refused again
array(1) {
  [0]=>
  string(9) "logged-in"
}
