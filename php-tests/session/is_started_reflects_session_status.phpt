--TEST--
Session::isStarted() is false before start(), true while active, false again after commit()
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
var_dump($session->isStarted());
var_dump($session->start());
var_dump($session->isStarted());
var_dump($session->commit());
var_dump($session->isStarted());
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
