--TEST--
Segment::set() on an existing key replaces the value in place, keeping key order
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
$segment->set('a', 1);
$segment->set('b', 2);
$segment->set('a', 3);
var_dump($_SESSION['Vendor\Package']);
?>
--EXPECT--
array(2) {
  ["a"]=>
  int(3)
  ["b"]=>
  int(2)
}
