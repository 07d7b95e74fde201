--TEST--
Segment::clearFlash() empties NEXT[$name] and leaves NOW[$name] and other segments alone
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
$other = $session->getSegment('Other');
$segment->setFlashNow('now', 1);
$segment->setFlash('next', 2);
$other->setFlash('o', 3);
var_dump($segment->clearFlash());
var_dump($_SESSION[Aura\Session\Session::FLASH_NEXT]);
var_dump($_SESSION[Aura\Session\Session::FLASH_NOW]['Vendor\Package']);
?>
--EXPECT--
NULL
array(2) {
  ["Vendor\Package"]=>
  array(0) {
  }
  ["Other"]=>
  array(1) {
    ["o"]=>
    int(3)
  }
}
array(1) {
  ["now"]=>
  int(1)
}
