--TEST--
Values written to $_SESSION by plain PHP after the segment loaded are seen at once by the segment
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
$segment->set('a', 1);
$_SESSION['Vendor\Package']['b'] = 'written by php';
$_SESSION[Aura\Session\Session::FLASH_NOW]['Vendor\Package']['f'] = 'flash by php';
var_dump($segment->get('b'));
var_dump($segment->getFlash('f'));
$_SESSION['Vendor\Package'] = ['replaced' => true];
var_dump($segment->getSegment());
?>
--EXPECT--
string(14) "written by php"
string(12) "flash by php"
array(1) {
  ["replaced"]=>
  bool(true)
}
