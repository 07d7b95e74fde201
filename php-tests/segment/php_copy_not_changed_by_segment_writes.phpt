--TEST--
A PHP copy of a segment array is not changed by later segment writes (copy-on-write)
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
$segment->set('a', 1);
$copy = $_SESSION['Vendor\Package'];
$got = $segment->getSegment();
$all = $_SESSION;
$segment->set('a', 2);
$segment->set('b', 3);
$segment->remove('a');
var_dump($copy, $got);
var_dump($all['Vendor\Package']);
var_dump($_SESSION['Vendor\Package']);
?>
--EXPECT--
array(1) {
  ["a"]=>
  int(1)
}
array(1) {
  ["a"]=>
  int(1)
}
array(1) {
  ["a"]=>
  int(1)
}
array(1) {
  ["b"]=>
  int(3)
}
