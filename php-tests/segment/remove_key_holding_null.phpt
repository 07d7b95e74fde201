--TEST--
Segment::remove($key) removes a key whose value is null (array_key_exists, not isset)
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
$segment->set('n', null);
$segment->set('x', 'y');
$segment->remove('n');
var_dump($_SESSION['Vendor\Package']);
?>
--EXPECT--
array(1) {
  ["x"]=>
  string(1) "y"
}
