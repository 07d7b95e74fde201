--TEST--
CsrfToken::isValid('') is false even when the stored token is '', because getValue() regenerates it first
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$token = $session->getCsrfToken();
$session->getSegment('Aura\Session\CsrfToken')->set('value', '');
var_dump($token->isValid(''));
var_dump(strlen($_SESSION['Aura\Session\CsrfToken']['value']));
?>
--EXPECT--
bool(false)
int(128)
