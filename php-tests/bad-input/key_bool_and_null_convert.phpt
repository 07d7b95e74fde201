--TEST--
Boolean and null segment keys convert as PHP arrays convert them: true -> 1, false -> 0, null -> ""
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
session_start();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('seg');
$segment->set(true, 'true');
$segment->set(false, 'false');
$segment->set(null, 'null');
var_dump($_SESSION['seg']);
var_dump($segment->get(1), $segment->get(0), $segment->get(''));
echo "still running\n";
?>
--EXPECT--
array(3) {
  [1]=>
  string(4) "true"
  [0]=>
  string(5) "false"
  [""]=>
  string(4) "null"
}
string(4) "true"
string(5) "false"
string(4) "null"
still running
