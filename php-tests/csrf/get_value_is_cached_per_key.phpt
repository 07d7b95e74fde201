--TEST--
CsrfToken::getValue() returns the same token on repeated calls and a separate token per key
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$token = $session->getCsrfToken();
$default = $token->getValue();
$form = $token->getValue('form');
var_dump($token->getValue() === $default);
var_dump($token->getValue('value') === $default);
var_dump($token->getValue('form') === $form);
var_dump($form !== $default);
var_dump(array_keys($_SESSION['Aura\Session\CsrfToken']));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
array(2) {
  [0]=>
  string(5) "value"
  [1]=>
  string(4) "form"
}
