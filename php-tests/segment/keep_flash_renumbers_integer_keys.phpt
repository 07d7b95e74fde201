--TEST--
Segment::keepFlash() renumbers integer keys like array_merge, appending NOW's entries after NEXT's (quirk)
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
$segment->setFlash(5, 'next five');
$segment->setFlash('s', 'next s');
$_SESSION[Aura\Session\Session::FLASH_NOW]['Vendor\Package'] = [5 => 'now five', 9 => 'now nine'];
$segment->keepFlash();
var_dump($_SESSION[Aura\Session\Session::FLASH_NEXT]['Vendor\Package']);
?>
--EXPECT--
array(4) {
  [0]=>
  string(9) "next five"
  ["s"]=>
  string(6) "next s"
  [1]=>
  string(8) "now five"
  [2]=>
  string(8) "now nine"
}
