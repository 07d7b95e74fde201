--TEST--
Segment::remove() of a key that does not exist leaves the segment unchanged
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
$segment->set('a', 1);
$segment->remove('zzz');
var_dump($_SESSION['Vendor\Package']);
?>
--EXPECT--
array(1) {
  ["a"]=>
  int(1)
}
