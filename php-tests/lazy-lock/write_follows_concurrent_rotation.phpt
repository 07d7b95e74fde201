--TEST--
lazy_lock=1 with rotation: a write after another request rotated the id this request read follows the move and lands in the live session, under the new id
--INI--
aura_session.lazy_lock=1
session.use_cookies=0
session.cache_limiter=
session.use_strict_mode=1
session.serialize_handler=php_serialize
aura_session.rotate_interval=3600
aura_session.rotate_grace=30
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

// Another request rotates the id: the data moves to a new id, the old one
// keeps only the forwarding record.
$data = stored($old);
MemoryStore::$data['moved-to-here'] = serialize($data);
MemoryStore::$data[$old] = serialize(['Aura\Session\Lifetime' => ['moved_to' => 'moved-to-here', 'until' => time() + 30]]);

$segment->set('cart', 3);
var_dump(session_id(), stored('moved-to-here')['app'], array_keys(stored($old)));
?>
--EXPECT--
string(3) "ada"
string(13) "moved-to-here"
array(2) {
  ["user"]=>
  string(3) "ada"
  ["cart"]=>
  int(3)
}
array(1) {
  [0]=>
  string(21) "Aura\Session\Lifetime"
}
