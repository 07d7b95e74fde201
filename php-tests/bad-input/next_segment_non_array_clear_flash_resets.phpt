--TEST--
Segment::clearFlash() replaces a non-array NEXT[$name] with an empty array, as the PHP library's assignment does
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
$_SESSION = ['seg' => ['a' => 1], Session::FLASH_NEXT => ['seg' => new stdClass, 'other' => ['o' => 1]], Session::FLASH_NOW => ['seg' => ['m' => 1]]];
$session->getSegment('seg')->clearFlash();
var_dump($_SESSION);
echo "still running\n";
?>
--EXPECT--
array(3) {
  ["seg"]=>
  array(1) {
    ["a"]=>
    int(1)
  }
  ["Aura\Session\Flash\Next"]=>
  array(2) {
    ["seg"]=>
    array(0) {
    }
    ["other"]=>
    array(1) {
      ["o"]=>
      int(1)
    }
  }
  ["Aura\Session\Flash\Now"]=>
  array(1) {
    ["seg"]=>
    array(1) {
      ["m"]=>
      int(1)
    }
  }
}
still running
