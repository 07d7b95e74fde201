--TEST--
Session::getCsrfToken() returns the same CsrfToken object on every call and starts nothing
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$first = $session->getCsrfToken();
var_dump(get_class($first));
var_dump($session->getCsrfToken() === $first);
var_dump(session_status() === PHP_SESSION_NONE);
$other = (new Aura\Session\SessionFactory)->newInstance([]);
var_dump($other->getCsrfToken() === $first);
?>
--EXPECT--
string(22) "Aura\Session\CsrfToken"
bool(true)
bool(true)
bool(false)
