--TEST--
On a fresh session $_SESSION keys come in the order FLASH_NEXT, FLASH_NOW, then segments as they are written
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$session->getSegment('zeta')->set('a', 1);
$session->getSegment('alpha')->setFlash('b', 2);
var_dump(array_keys($_SESSION));
var_dump($_SESSION['Aura\Session\Flash\Now']);
?>
--EXPECT--
array(4) {
  [0]=>
  string(23) "Aura\Session\Flash\Next"
  [1]=>
  string(22) "Aura\Session\Flash\Now"
  [2]=>
  string(4) "zeta"
  [3]=>
  string(5) "alpha"
}
array(2) {
  ["zeta"]=>
  array(0) {
  }
  ["alpha"]=>
  array(0) {
  }
}
