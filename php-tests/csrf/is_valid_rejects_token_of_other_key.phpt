--TEST--
CsrfToken::isValid() rejects a token issued for a different key
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$token = $session->getCsrfToken();
$login = $token->getValue('login');
$default = $token->getValue();
var_dump($token->isValid($login));
var_dump($token->isValid($default, 'login'));
var_dump($token->isValid($login, 'login'));
?>
--EXPECT--
bool(false)
bool(false)
bool(true)
