--TEST--
Session::setCookieParams() merges into the stored params, passes the whole array to session_set_cookie_params(), and getCookieParams() shows it
--INI--
session.use_cookies=1
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$session->setCookieParams(['lifetime' => 3600, 'path' => '/app']);
$session->setCookieParams(['secure' => true]);
var_dump($session->getCookieParams());
var_dump(session_get_cookie_params() === $session->getCookieParams());
var_dump(session_status() === PHP_SESSION_NONE);
?>
--EXPECT--
array(6) {
  ["lifetime"]=>
  int(3600)
  ["path"]=>
  string(4) "/app"
  ["domain"]=>
  string(0) ""
  ["secure"]=>
  bool(true)
  ["httponly"]=>
  bool(false)
  ["samesite"]=>
  string(0) ""
}
bool(true)
bool(true)
