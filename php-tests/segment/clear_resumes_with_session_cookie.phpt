--TEST--
Segment::clear() resumes the session when the session cookie was sent and leaves an empty segment
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([session_name() => 'someid']);
$segment = $session->getSegment('Vendor\Package');
$segment->clear();
var_dump(session_status() === PHP_SESSION_ACTIVE);
var_dump($_SESSION['Vendor\Package']);
?>
--EXPECT--
bool(true)
array(0) {
}
