--TEST--
Segment::remove($key) unsets one key and keeps the others in order
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
$segment->set('c', 3);
var_dump($segment->remove('b'));
var_dump($_SESSION['Vendor\Package']);
?>
--EXPECT--
NULL
array(2) {
  ["a"]=>
  int(1)
  ["c"]=>
  int(3)
}
