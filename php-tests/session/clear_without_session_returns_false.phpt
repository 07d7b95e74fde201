--TEST--
Session::clear() with no active session returns session_unset()'s false and starts nothing
--INI--
session.use_cookies=0
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
var_dump($session->clear());
var_dump(session_status() === PHP_SESSION_NONE);
?>
--EXPECT--
bool(false)
bool(true)
