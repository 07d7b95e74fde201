--TEST--
A decimal integer string segment name becomes an int key of $_SESSION, NOW and NEXT
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
session.serialize_handler=php_serialize
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('123');
$segment->set('k', 'v');
var_dump(array_keys($_SESSION));
var_dump(array_keys($_SESSION[Aura\Session\Session::FLASH_NOW]));
var_dump(array_keys($_SESSION[Aura\Session\Session::FLASH_NEXT]));
var_dump($session->getSegment(123)->get('k'));
?>
--EXPECT--
array(3) {
  [0]=>
  string(23) "Aura\Session\Flash\Next"
  [1]=>
  string(22) "Aura\Session\Flash\Now"
  [2]=>
  int(123)
}
array(1) {
  [0]=>
  int(123)
}
array(1) {
  [0]=>
  int(123)
}
string(1) "v"
