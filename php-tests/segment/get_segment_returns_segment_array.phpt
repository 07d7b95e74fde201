--TEST--
Segment::getSegment() returns the whole $_SESSION[$name] array, in insertion order
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
$segment->set('b', 2);
$segment->set('a', [1, 2]);
var_dump($segment->getSegment());
?>
--EXPECT--
array(2) {
  ["b"]=>
  int(2)
  ["a"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
