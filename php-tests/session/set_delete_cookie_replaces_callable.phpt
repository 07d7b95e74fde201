--TEST--
Session::setDeleteCookie() replaces the callable given to the constructor
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
$log = [];
$session = (new Aura\Session\SessionFactory)->newInstance([], function ($n, $p) use (&$log) { $log[] = "first $n"; });
var_dump($session->setDeleteCookie(function ($n, $p) use (&$log) { $log[] = "second $n"; }));
$session->destroy();
var_dump($log);
?>
--EXPECT--
NULL
array(1) {
  [0]=>
  string(16) "second PHPSESSID"
}
