--TEST--
Session::resume() with the session cookie starts the session under the id the cookie carries
--INI--
session.use_cookies=1
session.use_strict_mode=0
--FILE--
<?php
ob_start();
$_COOKIE[session_name()] = 'resume0cookie0id0abcdef';
$session = (new Aura\Session\SessionFactory)->newInstance($_COOKIE);
$r = $session->resume();
$out = [$r, $session->isStarted(), $session->getId(), array_keys($_SESSION)];
$session->destroy();
ob_end_clean();
var_dump($out);
?>
--EXPECT--
array(4) {
  [0]=>
  bool(true)
  [1]=>
  bool(true)
  [2]=>
  string(23) "resume0cookie0id0abcdef"
  [3]=>
  array(2) {
    [0]=>
    string(23) "Aura\Session\Flash\Next"
    [1]=>
    string(22) "Aura\Session\Flash\Now"
  }
}
