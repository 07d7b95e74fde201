--TEST--
After unset($_SESSION) during a session, segment reads see the session's data again, and nothing is lost
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
session_start();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('seg');
$segment->set('k', 'v');
unset($_SESSION);
var_dump($segment->get('k', 'alt'), $segment->getFlash('k', 'alt'), $segment->getFlashNext('k', 'alt'), $segment->getSegment());
echo "still running\n";
?>
--EXPECT--
string(1) "v"
string(3) "alt"
string(3) "alt"
array(1) {
  ["k"]=>
  string(1) "v"
}
still running
