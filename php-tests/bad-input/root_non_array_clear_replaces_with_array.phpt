--TEST--
Segment::clear() replaces a non-array segment root with an empty array, as the PHP library's assignment does; other keys stay
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
$_SESSION = ['other' => ['x' => 1], Session::FLASH_NEXT => ['seg' => []], Session::FLASH_NOW => ['seg' => []], 'seg' => 'text'];
$session->getSegment('seg')->clear();
var_dump($_SESSION);
echo "still running\n";
?>
--EXPECT--
array(4) {
  ["other"]=>
  array(1) {
    ["x"]=>
    int(1)
  }
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
  array(0) {
  }
}
still running
