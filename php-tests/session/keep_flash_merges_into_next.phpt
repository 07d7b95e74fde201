--TEST--
Session::keepFlash() merges each segment's current flashes into its next flashes, next values first
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
use Aura\Session\{Session, SessionFactory};

$session = (new SessionFactory)->newInstance([]);
$session->start();
$_SESSION[Session::FLASH_NOW] = ['a' => ['k' => 'now', 'only_now' => 1], 'b' => ['z' => 3]];
$_SESSION[Session::FLASH_NEXT] = ['a' => ['k' => 'next', 'only_next' => 2], 'b' => []];
$session->keepFlash();
var_dump($_SESSION[Session::FLASH_NEXT]);
?>
--EXPECT--
array(2) {
  ["a"]=>
  array(3) {
    ["k"]=>
    string(3) "now"
    ["only_next"]=>
    int(2)
    ["only_now"]=>
    int(1)
  }
  ["b"]=>
  array(1) {
    ["z"]=>
    int(3)
  }
}
