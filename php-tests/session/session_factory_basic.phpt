--TEST--
SessionFactory::newInstance() builds a Session that starts nothing
--INI--
session.use_cookies=0
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
var_dump(get_class($session), $session->isStarted(), session_status() === PHP_SESSION_NONE);
?>
--EXPECT--
string(20) "Aura\Session\Session"
bool(false)
bool(true)
