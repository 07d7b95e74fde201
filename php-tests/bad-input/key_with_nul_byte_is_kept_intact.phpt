--TEST--
A key containing a NUL byte is stored and read back byte for byte, distinct from its truncated form
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
session_start();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('seg');
$segment->set("a\0b", 'with nul');
$segment->set('a', 'plain');
var_dump(array_map('bin2hex', array_keys($_SESSION['seg'])));
var_dump($segment->get("a\0b"), $segment->get('a'));
$segment->remove("a\0b");
var_dump(array_keys($_SESSION['seg']));
echo "still running\n";
?>
--EXPECT--
array(2) {
  [0]=>
  string(6) "610062"
  [1]=>
  string(2) "61"
}
string(8) "with nul"
string(5) "plain"
array(1) {
  [0]=>
  string(1) "a"
}
still running
