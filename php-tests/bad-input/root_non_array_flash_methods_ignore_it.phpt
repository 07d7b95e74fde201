--TEST--
Flash methods of a segment whose root holds a scalar work on the flash arrays and never touch the root
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session\Session;
session_start();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$session->isStarted();
$_SESSION = [Session::FLASH_NEXT => ['seg' => ['n' => 'next']], Session::FLASH_NOW => ['seg' => ['m' => 'now']], 'seg' => 'text'];
$segment = $session->getSegment('seg');
var_dump($segment->getFlash('m'), $segment->getFlashNext('n'));
$segment->setFlash('a', 1);
$segment->setFlashNow('b', 2);
$segment->keepFlash();
var_dump($_SESSION);
$segment->clearFlash();
$segment->clearFlashNow();
var_dump($_SESSION);
echo "still running\n";
?>
--EXPECT--
string(3) "now"
string(4) "next"
array(3) {
  ["Aura\Session\Flash\Next"]=>
  array(1) {
    ["seg"]=>
    array(4) {
      ["n"]=>
      string(4) "next"
      ["a"]=>
      int(1)
      ["b"]=>
      int(2)
      ["m"]=>
      string(3) "now"
    }
  }
  ["Aura\Session\Flash\Now"]=>
  array(1) {
    ["seg"]=>
    array(2) {
      ["m"]=>
      string(3) "now"
      ["b"]=>
      int(2)
    }
  }
  ["seg"]=>
  string(4) "text"
}
array(3) {
  ["Aura\Session\Flash\Next"]=>
  array(1) {
    ["seg"]=>
    array(0) {
    }
  }
  ["Aura\Session\Flash\Now"]=>
  array(1) {
    ["seg"]=>
    array(0) {
    }
  }
  ["seg"]=>
  string(4) "text"
}
still running
