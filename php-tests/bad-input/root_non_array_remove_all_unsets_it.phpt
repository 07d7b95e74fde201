--TEST--
Segment::remove() without a key unsets a non-array segment root, as the PHP library does; other keys stay
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
$_SESSION = ['other' => ['x' => 1], Session::FLASH_NEXT => ['seg' => []], Session::FLASH_NOW => ['seg' => []], 'seg' => 42];
$session->getSegment('seg')->remove();
var_dump($_SESSION);
echo "still running\n";
?>
--EXPECT--
array(3) {
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
}
still running
