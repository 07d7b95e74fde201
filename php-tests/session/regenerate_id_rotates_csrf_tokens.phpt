--TEST--
Session::regenerateId() gives a new id and regenerates every CSRF token key, in a later request too
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
use Aura\Session\SessionFactory;

$session = (new SessionFactory)->newInstance([]);
$session->getCsrfToken()->getValue('a');
$session->getCsrfToken()->getValue('b');
$id = $session->getId();
$session->commit();

$_SESSION = [];
session_id($id);
$session = (new SessionFactory)->newInstance([session_name() => $id]);
$token = $session->getCsrfToken();
$old = ['a' => $token->getValue('a'), 'b' => $token->getValue('b')];
var_dump($session->regenerateId());
$new_id = $session->getId();
var_dump($new_id !== $id, $new_id === session_id());
var_dump(array_keys($_SESSION['Aura\Session\CsrfToken']));
foreach (['a', 'b'] as $key) {
    $value = $token->getValue($key);
    var_dump($value !== $old[$key], (bool) preg_match('/^[0-9a-f]{128}$/', $value));
    var_dump($token->isValid($old[$key], $key), $token->isValid($value, $key));
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
