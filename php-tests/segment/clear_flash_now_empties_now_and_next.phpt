--TEST--
Segment::clearFlashNow() empties both NOW[$name] and NEXT[$name]
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
$segment->setFlashNow('now', 1);
$segment->setFlash('next', 2);
var_dump($segment->clearFlashNow());
var_dump($_SESSION[Aura\Session\Session::FLASH_NOW]['Vendor\Package']);
var_dump($_SESSION[Aura\Session\Session::FLASH_NEXT]['Vendor\Package']);
var_dump($segment->getFlash('now', 'gone'));
?>
--EXPECT--
NULL
array(0) {
}
array(0) {
}
string(4) "gone"
