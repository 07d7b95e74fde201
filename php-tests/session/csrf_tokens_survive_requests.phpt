--TEST--
CSRF token values for each key are kept across requests and stay valid
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
use Aura\Session\SessionFactory;

$session = (new SessionFactory)->newInstance([]);
$token = $session->getCsrfToken();
$form = $token->getValue('form');
$default = $token->getValue();
$id = $session->getId();
var_dump($form !== $default, strlen($form), (bool) preg_match('/^[0-9a-f]{128}$/', $default));
$session->commit();

$_SESSION = [];
session_id($id);
$session = (new SessionFactory)->newInstance([session_name() => $id]);
$token = $session->getCsrfToken();
var_dump($token->getValue('form') === $form, $token->getValue() === $default);
var_dump($token->isValid($form, 'form'), $token->isValid($default), $token->isValid($form));
var_dump(array_keys($_SESSION['Aura\Session\CsrfToken']));
?>
--EXPECT--
bool(true)
int(128)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
array(2) {
  [0]=>
  string(4) "form"
  [1]=>
  string(5) "value"
}
