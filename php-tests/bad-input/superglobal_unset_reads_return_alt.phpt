--TEST--
Reads after unset($_SESSION) return $alt (and getSegment() an empty segment) instead of failing
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
string(3) "alt"
string(3) "alt"
string(3) "alt"
array(0) {
}
still running
