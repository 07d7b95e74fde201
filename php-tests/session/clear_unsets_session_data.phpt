--TEST--
Session::clear() empties $_SESSION through session_unset() and leaves the session active
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('seg');
$segment->set('k', 'v');
var_dump(count($_SESSION));
var_dump($session->clear());
var_dump($_SESSION, $session->isStarted(), $segment->get('k', 'alt'));
?>
--EXPECT--
int(3)
bool(true)
array(0) {
}
bool(true)
string(3) "alt"
