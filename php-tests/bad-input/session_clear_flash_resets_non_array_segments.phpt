--TEST--
Session::clearFlash() empties every segment's next-request flashes, replacing a non-array NEXT[$name] with an empty array like Segment::clearFlash()
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
$_SESSION = [Session::FLASH_NOW => ['a' => ['x' => 1]], Session::FLASH_NEXT => ['a' => ['y' => 2], 'b' => 'text', 'c' => 5], 'other' => 1];
$session->clearFlash();
var_dump($_SESSION);
echo "still running\n";
?>
--EXPECT--
array(3) {
  ["Aura\Session\Flash\Now"]=>
  array(1) {
    ["a"]=>
    array(1) {
      ["x"]=>
      int(1)
    }
  }
  ["Aura\Session\Flash\Next"]=>
  array(3) {
    ["a"]=>
    array(0) {
    }
    ["b"]=>
    array(0) {
    }
    ["c"]=>
    array(0) {
    }
  }
  ["other"]=>
  int(1)
}
still running
