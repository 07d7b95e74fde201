--TEST--
Session::keepFlash() and Session::clearFlash() without an active or resumable session start nothing
--INI--
session.use_cookies=0
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
var_dump($session->keepFlash(), $session->clearFlash());
var_dump($session->isStarted(), session_status() === PHP_SESSION_NONE, isset($_SESSION));
?>
--EXPECT--
NULL
NULL
bool(false)
bool(true)
bool(false)
