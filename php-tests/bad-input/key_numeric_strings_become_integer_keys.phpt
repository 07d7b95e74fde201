--TEST--
Segment keys follow PHP's array-key rules: "5" and "-3" become integer keys, "05" stays a string, and the two spellings reach the same value
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
session_start();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('seg');
$segment->set('5', 'five');
$segment->set('-3', 'minus three');
$segment->set('05', 'zero five');
$segment->setFlash('7', 'flash');
var_dump($_SESSION['seg']);
var_dump($segment->get(5), $segment->get(-3), $segment->get('05'), $segment->get(05, 'octal five is 5'));
var_dump($segment->getFlashNext(7));
$segment->remove(5);
var_dump(array_keys($_SESSION['seg']));
echo "still running\n";
?>
--EXPECT--
array(3) {
  [5]=>
  string(4) "five"
  [-3]=>
  string(11) "minus three"
  ["05"]=>
  string(9) "zero five"
}
string(4) "five"
string(11) "minus three"
string(9) "zero five"
string(4) "five"
string(5) "flash"
array(2) {
  [0]=>
  int(-3)
  [1]=>
  string(2) "05"
}
still running
