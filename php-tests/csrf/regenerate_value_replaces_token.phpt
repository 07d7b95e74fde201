--TEST--
CsrfToken::regenerateValue() stores and returns a new 128-hex token for the key
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$token = $session->getCsrfToken();
$old = $token->getValue();
$other = $token->getValue('other');
$new = $token->regenerateValue();
var_dump($new !== $old, (bool) preg_match('/\A[0-9a-f]{128}\z/', $new));
var_dump($token->getValue() === $new);
var_dump($token->getValue('other') === $other);
$again = $token->regenerateValue('other');
var_dump($again !== $other, $token->getValue('other') === $again);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
