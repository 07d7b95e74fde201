--TEST--
Segment::keepFlash() sets NEXT[$name] to array_merge(NEXT[$name], NOW[$name]); NOW wins on equal string keys
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
session_start();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
$session->isStarted();
$_SESSION[Aura\Session\Session::FLASH_NOW]['Vendor\Package'] = ['shared' => 'now', 'only_now' => 'N'];
$_SESSION[Aura\Session\Session::FLASH_NEXT]['Vendor\Package'] = ['only_next' => 'X', 'shared' => 'next'];
var_dump($segment->keepFlash());
var_dump($_SESSION[Aura\Session\Session::FLASH_NEXT]['Vendor\Package']);
var_dump($_SESSION[Aura\Session\Session::FLASH_NOW]['Vendor\Package']);
?>
--EXPECT--
NULL
array(3) {
  ["only_next"]=>
  string(1) "X"
  ["shared"]=>
  string(3) "now"
  ["only_now"]=>
  string(1) "N"
}
array(2) {
  ["shared"]=>
  string(3) "now"
  ["only_now"]=>
  string(1) "N"
}
