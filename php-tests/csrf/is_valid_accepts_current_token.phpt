--TEST--
CsrfToken::isValid() returns true for the current token of the key
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$token = $session->getCsrfToken();
var_dump($token->isValid($token->getValue()));
var_dump($token->isValid($token->getValue('login'), 'login'));
?>
--EXPECT--
bool(true)
bool(true)
