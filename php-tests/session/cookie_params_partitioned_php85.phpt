--TEST--
Session::setCookieParams() sets PHP 8.5's partitioned cookie attribute, and getCookieParams() reports it as session_get_cookie_params() does
--SKIPIF--
<?php if (PHP_VERSION_ID < 80500) die("skip before PHP 8.5"); ?>
--INI--
session.use_cookies=1
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$before = $session->getCookieParams()['partitioned'];
$session->setCookieParams(['secure' => true, 'partitioned' => true]);
var_dump($before, $session->getCookieParams()['partitioned'], session_get_cookie_params()['partitioned']);
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
