--TEST--
Session::setCacheLimiter() returns the previous limiter and getCacheLimiter() the current one, as session_cache_limiter()
--INI--
session.cache_limiter=nocache
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$before = $session->getCacheLimiter();
$old = $session->setCacheLimiter('private');
var_dump($before, $old, $session->getCacheLimiter(), session_cache_limiter());
?>
--EXPECT--
string(7) "nocache"
string(7) "nocache"
string(7) "private"
string(7) "private"
