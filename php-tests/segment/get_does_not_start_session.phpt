--TEST--
Segment::get() does not start a session when none is active and no session cookie was sent
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
var_dump($segment->get('missing'));
var_dump($segment->get('missing', 'fallback'));
var_dump(session_status() === PHP_SESSION_NONE);
var_dump(isset($_SESSION));
?>
--EXPECT--
NULL
string(8) "fallback"
bool(true)
bool(false)
