--TEST--
The extension extras work in this line: with idle_timeout=1 a session resumed after two idle seconds is emptied and gets a new id
--INI--
aura_session.api=7
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
session.use_strict_mode=1
session.serialize_handler=php_serialize
aura_session.idle_timeout=1
--FILE--
<?php
require __DIR__ . '/../lifetime/requests.inc';
align_to_second();

$session = next_request(null);
$session->getSegment('app')->set('user', 'ada');
$old = $session->getId();

sleep(2);
$session = next_request($old);
$segment = $session->getSegment('app');
var_dump($segment->get('user', 'alt'), $session->getExpiredReason(), $session->getId() !== $old, stored($old));
?>
--EXPECT--
string(3) "alt"
string(4) "idle"
bool(true)
NULL
