--TEST--
aura_session.rotate_grace: a request still carrying the rotated-away id within the grace window is answered from the new session, under the new id
--INI--
session.use_cookies=0
session.cache_limiter=
session.use_strict_mode=1
session.serialize_handler=php_serialize
aura_session.rotate_interval=1
aura_session.rotate_grace=5
--FILE--
<?php
require __DIR__ . '/requests.inc';
align_to_second();

$session = next_request(null);
$session->getSegment('app')->set('user', 'ada');
$old = $session->getId();
sleep(2);
$session = next_request($old);
$session->getSegment('app')->get('user');
$new = $session->getId();

$session = next_request($old);
$segment = $session->getSegment('app');
var_dump($segment->get('user'), $session->getId() === $new, session_id() === $new, $session->getExpiredReason());
$segment->set('cart', 3);
session_write_close();
var_dump(stored($new)['app'], array_keys(stored($old)));
?>
--EXPECT--
string(3) "ada"
bool(true)
bool(true)
NULL
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
