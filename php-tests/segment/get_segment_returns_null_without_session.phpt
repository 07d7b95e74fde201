--TEST--
Segment::getSegment() returns null and starts nothing when there is no session to resume
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
var_dump($segment->getSegment());
var_dump(session_status() === PHP_SESSION_NONE);
?>
--EXPECT--
NULL
bool(true)
