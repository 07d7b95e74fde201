--TEST--
Segment::getFlash() and getFlashNext() return $alt and start no session when there is nothing to resume
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
var_dump($segment->getFlash('k', 'now-alt'));
var_dump($segment->getFlashNext('k', 'next-alt'));
var_dump($segment->getFlash('k'));
var_dump(session_status() === PHP_SESSION_NONE);
?>
--EXPECT--
string(7) "now-alt"
string(8) "next-alt"
NULL
bool(true)
