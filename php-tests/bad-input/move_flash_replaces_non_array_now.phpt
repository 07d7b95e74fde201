--TEST--
start() replaces a stored non-array FLASH_NOW with the next-request flashes, as the PHP library does, and the segment then works
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session\Session;
session_start();
$_SESSION = ['keep' => ['a' => 1], Session::FLASH_NOW => 42, Session::FLASH_NEXT => ['seg' => ['msg' => 'hello']]];
session_write_close();
unset($_SESSION);
$session = (new Aura\Session\SessionFactory)->newInstance([]);
var_dump($session->start());
var_dump($session->getSegment('seg')->getFlash('msg'));
var_dump($_SESSION);
echo "still running\n";
?>
--EXPECT--
bool(true)
string(5) "hello"
array(4) {
  ["keep"]=>
  array(1) {
    ["a"]=>
    int(1)
  }
  ["Aura\Session\Flash\Now"]=>
  array(1) {
    ["seg"]=>
    array(1) {
      ["msg"]=>
      string(5) "hello"
    }
  }
  ["Aura\Session\Flash\Next"]=>
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
