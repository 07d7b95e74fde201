--TEST--
Segment::setFlash() starts the session and writes NEXT[$name][$key] only; getFlash() does not see it
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
$segment->setFlash('msg', 'saved');
var_dump(session_status() === PHP_SESSION_ACTIVE);
var_dump($_SESSION[Aura\Session\Session::FLASH_NEXT]['Vendor\Package']);
var_dump($_SESSION[Aura\Session\Session::FLASH_NOW]['Vendor\Package']);
var_dump($segment->getFlash('msg', 'not now'));
var_dump($segment->getFlashNext('msg'));
?>
--EXPECT--
bool(true)
array(1) {
  ["msg"]=>
  string(5) "saved"
}
array(0) {
}
string(7) "not now"
string(5) "saved"
