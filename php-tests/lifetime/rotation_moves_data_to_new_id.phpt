--TEST--
aura_session.rotate_interval: the first request after the interval moves the session to a new id with the same data and new CSRF token values; the old id keeps only a pointer to the new one
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
$token = $session->getCsrfToken()->getValue();
$old = $session->getId();

sleep(1);
$session = next_request($old);
var_dump($session->getSegment('app')->get('user'), $session->getId() === $old);

sleep(1);
$session = next_request($old);
$csrf = $session->getCsrfToken();
$user = $session->getSegment('app')->get('user');
$new = $session->getId();
var_dump($user, $new !== $old, $session->getExpiredReason());
var_dump($csrf->getValue() !== $token, $csrf->isValid($token));
session_write_close();
$pointer = stored($old)['Aura\Session\Lifetime'];
var_dump(array_keys(stored($old)), $pointer['moved_to'] === $new, $pointer['until'] >= time() + 4);
var_dump(stored($new)['app']);
?>
--EXPECT--
string(3) "ada"
bool(true)
string(3) "ada"
bool(true)
NULL
bool(true)
bool(false)
array(1) {
  [0]=>
  string(21) "Aura\Session\Lifetime"
}
bool(true)
bool(true)
array(1) {
  ["user"]=>
  string(3) "ada"
}
