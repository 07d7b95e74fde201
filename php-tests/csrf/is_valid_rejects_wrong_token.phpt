--TEST--
CsrfToken::isValid() returns false for a wrong, truncated, upper-cased, empty or old token
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$token = $session->getCsrfToken();
$value = $token->getValue();
var_dump($token->isValid(str_repeat('0', 128)));
var_dump($token->isValid(substr($value, 0, 127)));
var_dump($token->isValid($value . 'a'));
var_dump($token->isValid(strtoupper($value)));
var_dump($token->isValid(''));
$token->regenerateValue();
var_dump($token->isValid($value));
?>
--EXPECT--
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
