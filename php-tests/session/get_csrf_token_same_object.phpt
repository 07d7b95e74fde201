--TEST--
Session::getCsrfToken() returns one CsrfToken object per Session and does not start the session
--INI--
session.use_cookies=0
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$a = $session->getCsrfToken();
$b = $session->getCsrfToken();
var_dump(get_class($a), $a === $b);
var_dump($session->isStarted(), isset($_SESSION));

$other = (new Aura\Session\SessionFactory)->newInstance([]);
var_dump($other->getCsrfToken() === $a);
?>
--EXPECT--
string(22) "Aura\Session\CsrfToken"
bool(true)
bool(false)
bool(false)
bool(false)
