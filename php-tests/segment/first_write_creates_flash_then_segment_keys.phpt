--TEST--
On a fresh session the first Segment write leaves $_SESSION keys in the order FLASH_NEXT, FLASH_NOW, segment name
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
$segment->set('k', 'v');
var_dump($_SESSION);
?>
--EXPECT--
array(3) {
  ["Aura\Session\Flash\Next"]=>
  array(1) {
    ["Vendor\Package"]=>
    array(0) {
    }
  }
  ["Aura\Session\Flash\Now"]=>
  array(1) {
    ["Vendor\Package"]=>
    array(0) {
    }
  }
  ["Vendor\Package"]=>
  array(1) {
    ["k"]=>
    string(1) "v"
  }
}
