--TEST--
Session::resume() without the session cookie returns false and starts nothing
--INI--
session.use_cookies=0
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance(['unrelated' => 'x']);
var_dump($session->resume());
var_dump($session->isStarted(), session_status() === PHP_SESSION_NONE, isset($_SESSION));
?>
--EXPECT--
bool(false)
bool(false)
bool(true)
bool(false)
