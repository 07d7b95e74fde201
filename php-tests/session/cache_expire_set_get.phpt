--TEST--
Session::setCacheExpire() returns the previous value and getCacheExpire() the current one, as session_cache_expire()
--INI--
session.cache_expire=180
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$before = $session->getCacheExpire();
$old = $session->setCacheExpire(30);
var_dump($before, $old, $session->getCacheExpire(), session_cache_expire());
?>
--EXPECT--
int(180)
int(180)
int(30)
int(30)
