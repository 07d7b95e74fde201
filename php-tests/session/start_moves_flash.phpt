--TEST--
Session::start() moves last request's FLASH_NEXT to FLASH_NOW and empties FLASH_NEXT
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
use Aura\Session\{Session, SessionFactory};

$session = (new SessionFactory)->newInstance([]);
$session->start();
$_SESSION[Session::FLASH_NEXT] = ['seg' => ['k' => 'v'], 'other' => [1, 2]];
$_SESSION[Session::FLASH_NOW] = ['seg' => ['old' => 'gone']];
$id = $session->getId();
$session->commit();

$_SESSION = [];
session_id($id);
$session = (new SessionFactory)->newInstance([session_name() => $id]);
var_dump($session->start());
var_dump($_SESSION);
?>
--EXPECT--
bool(true)
array(2) {
  ["Aura\Session\Flash\Next"]=>
  array(0) {
  }
  ["Aura\Session\Flash\Now"]=>
  array(2) {
    ["seg"]=>
    array(1) {
      ["k"]=>
      string(1) "v"
    }
    ["other"]=>
    array(2) {
      [0]=>
      int(1)
      [1]=>
      int(2)
    }
  }
}
