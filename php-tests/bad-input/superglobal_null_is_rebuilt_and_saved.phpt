--TEST--
$_SESSION set to null after the start is treated like an empty session: a segment write rebuilds it and the write is saved
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
session_start();
$id = session_id();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('seg');
$segment->set('old', 1);
$_SESSION = null;
var_dump($segment->get('old', 'alt'));
$segment->set('k', 'v');
session_write_close();
unset($_SESSION);
session_id($id);
session_start();
var_dump($_SESSION['seg']);
echo "still running\n";
?>
--EXPECT--
string(3) "alt"
array(1) {
  ["k"]=>
  string(1) "v"
}
still running
