--TEST--
Segment::get() resumes (starts) the session when the cookies array carries the session name
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([session_name() => 'someid']);
$segment = $session->getSegment('Vendor\Package');
var_dump(session_status() === PHP_SESSION_NONE);
var_dump($segment->get('foo', 'alt'));
var_dump(session_status() === PHP_SESSION_ACTIVE);
var_dump($_SESSION['Vendor\Package']);
?>
--EXPECT--
bool(true)
string(3) "alt"
bool(true)
array(0) {
}
