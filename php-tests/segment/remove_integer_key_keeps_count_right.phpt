--TEST--
Segment::remove($intKey) on a list-shaped segment removes the element and count() drops by one
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
$segment->set(0, 'zero');
$segment->set(1, 'one');
$segment->set(2, 'two');
$segment->remove(1);
var_dump(count($_SESSION['Vendor\Package']));
var_dump($_SESSION['Vendor\Package']);
var_dump(count($segment->getSegment()));
?>
--EXPECT--
int(2)
array(2) {
  [0]=>
  string(4) "zero"
  [2]=>
  string(3) "two"
}
int(2)
