--TEST--
new Segment($session, $name) works like one obtained from Session::getSegment()
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = new Aura\Session\Segment($session, 'Direct');
var_dump($segment->get('k', 'alt'), session_status() === PHP_SESSION_NONE);
$segment->set('k', 'v');
var_dump($_SESSION['Direct'], $session->isStarted());
?>
--EXPECT--
string(3) "alt"
bool(true)
array(1) {
  ["k"]=>
  string(1) "v"
}
bool(true)
