--TEST--
Segment::setFlashNow() writes the value into both NOW[$name] and NEXT[$name]
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
$segment->setFlashNow('msg', 'hello');
var_dump(session_status() === PHP_SESSION_ACTIVE);
var_dump($segment->getFlash('msg'));
var_dump($segment->getFlashNext('msg'));
var_dump($_SESSION[Aura\Session\Session::FLASH_NOW]['Vendor\Package']);
var_dump($_SESSION[Aura\Session\Session::FLASH_NEXT]['Vendor\Package']);
?>
--EXPECT--
bool(true)
string(5) "hello"
string(5) "hello"
array(1) {
  ["msg"]=>
  string(5) "hello"
}
array(1) {
  ["msg"]=>
  string(5) "hello"
}
