--TEST--
Loading a segment creates $_SESSION[$name], then NOW[$name], then NEXT[$name], each only when not set
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$session->start();
// Flashes were moved by start(); drop them so load() has to create every level.
unset($_SESSION[Aura\Session\Session::FLASH_NEXT], $_SESSION[Aura\Session\Session::FLASH_NOW]);
$session->getSegment('Vendor\Package')->get('anything');
var_dump($_SESSION);
?>
--EXPECT--
array(3) {
  ["Vendor\Package"]=>
  array(0) {
  }
  ["Aura\Session\Flash\Now"]=>
  array(1) {
    ["Vendor\Package"]=>
    array(0) {
    }
  }
  ["Aura\Session\Flash\Next"]=>
  array(1) {
    ["Vendor\Package"]=>
    array(0) {
    }
  }
}
