--TEST--
Segment::set() starts a session when none is active and writes into $_SESSION[$name][$key]
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
var_dump(session_status() === PHP_SESSION_NONE);
$segment->set('foo', 'bar');
var_dump(session_status() === PHP_SESSION_ACTIVE);
var_dump($session->isStarted());
var_dump($_SESSION['Vendor\Package']);
var_dump($segment->get('foo'));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
array(1) {
  ["foo"]=>
  string(3) "bar"
}
string(3) "bar"
