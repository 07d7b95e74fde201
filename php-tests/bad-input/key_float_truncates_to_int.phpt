--TEST--
A float segment key is truncated to an integer key as PHP arrays do (1.7 -> 1, -2.5 -> -2)
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
session_start();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('seg');
@$segment->set(1.7, 'one');
@$segment->set(-2.5, 'minus two');
var_dump($_SESSION['seg']);
var_dump(@$segment->get(1.2), $segment->get(-2));
echo "still running\n";
?>
--EXPECT--
array(2) {
  [1]=>
  string(3) "one"
  [-2]=>
  string(9) "minus two"
}
string(3) "one"
string(9) "minus two"
still running
