--TEST--
Session::getId() is empty before the session starts and equals session_id() afterwards
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
var_dump($session->getId());
$session->start();
var_dump($session->getId() === session_id(), strlen($session->getId()) > 0);
?>
--EXPECT--
string(0) ""
bool(true)
bool(true)
