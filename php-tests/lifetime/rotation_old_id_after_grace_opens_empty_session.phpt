--TEST--
aura_session.rotate_grace: after the grace window the rotated-away id opens an empty session under a new id, with the reason 'rotated', and is destroyed in the store
--INI--
session.use_cookies=0
session.cache_limiter=
session.use_strict_mode=1
session.serialize_handler=php_serialize
aura_session.rotate_interval=1
aura_session.rotate_grace=1
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
var_dump($session->getExpiredReason());

sleep(2);
$session = next_request($old);
var_dump(
    $session->getSegment('app')->get('user', 'alt'),
    $session->getExpiredReason(),
    in_array($session->getId(), [$old, $new], true),
    stored($old),
    stored($new)['app'],
);
?>
--EXPECT--
NULL
string(3) "alt"
string(7) "rotated"
bool(false)
NULL
array(1) {
  ["user"]=>
  string(3) "ada"
}
