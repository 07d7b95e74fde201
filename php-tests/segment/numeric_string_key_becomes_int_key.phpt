--TEST--
Segment keys that are decimal integer strings become int keys, as in PHP arrays; others stay strings
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
$segment->set('42', 'a');
$segment->set('-3', 'b');
$segment->set('07', 'c');
$segment->set('1.5', 'd');
var_dump($_SESSION['Vendor\Package']);
var_dump($segment->get(42), $segment->get('42'));
?>
--EXPECT--
array(4) {
  [42]=>
  string(1) "a"
  [-3]=>
  string(1) "b"
  ["07"]=>
  string(1) "c"
  ["1.5"]=>
  string(1) "d"
}
string(1) "a"
string(1) "a"
