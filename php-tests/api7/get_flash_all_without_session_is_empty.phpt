--TEST--
getFlashAll() and getFlashNextAll() return [] and start no session when none is active
--INI--
aura_session.api=7
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Seg');
var_dump($segment->getFlashAll(), $segment->getFlashNextAll());
var_dump(session_status() === PHP_SESSION_NONE, isset($_SESSION), $session->isStarted());
?>
--EXPECT--
array(0) {
}
array(0) {
}
bool(true)
bool(false)
bool(false)
