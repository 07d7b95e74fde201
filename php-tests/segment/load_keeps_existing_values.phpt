--TEST--
Loading a segment keeps values already present in $_SESSION[$name], NOW[$name] and NEXT[$name]
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
session_start();
$_SESSION['Vendor\Package'] = ['old' => 'data'];
$_SESSION[Aura\Session\Session::FLASH_NEXT] = ['Vendor\Package' => ['f' => 'kept for now']];
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
$segment->set('new', 'value');
var_dump($_SESSION['Vendor\Package']);
// isStarted() moved NEXT into NOW for this Session object.
var_dump($segment->getFlash('f'));
var_dump($_SESSION[Aura\Session\Session::FLASH_NEXT]);
?>
--EXPECT--
array(2) {
  ["old"]=>
  string(4) "data"
  ["new"]=>
  string(5) "value"
}
string(12) "kept for now"
array(1) {
  ["Vendor\Package"]=>
  array(0) {
  }
}
