--TEST--
Session::getCookieParams() reports PHP 8.6's session cookie defaults, httponly on and samesite Lax, as session_get_cookie_params() does
--SKIPIF--
<?php if (PHP_VERSION_ID < 80600) die("skip before PHP 8.6"); ?>
--FILE--
<?php
$params = (new Aura\Session\SessionFactory)->newInstance([])->getCookieParams();
var_dump($params['httponly'], $params['samesite'], $params === session_get_cookie_params());
?>
--EXPECT--
bool(true)
string(3) "Lax"
bool(true)
