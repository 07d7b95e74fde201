--TEST--
In a request without the session cookie, segment reads return the alternative and never start a session
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
use Aura\Session\SessionFactory;

$session = (new SessionFactory)->newInstance([]);
$session->getSegment('app')->set('k', 'stored');
$session->getSegment('app')->setFlash('f', 'flash');
$id = $session->getId();
$session->commit();

// next request arrives without the cookie
$_SESSION = [];
session_id($id);
$session = (new SessionFactory)->newInstance([]);
$seg = $session->getSegment('app');
var_dump($seg->get('k', 'alt'), $seg->getFlash('f', 'alt'), $seg->getFlashNext('f', 'alt'), $seg->getSegment());
var_dump($session->resume(), $session->isStarted(), session_status() === PHP_SESSION_NONE, $_SESSION);
?>
--EXPECT--
string(3) "alt"
string(3) "alt"
string(3) "alt"
NULL
bool(false)
bool(false)
bool(true)
array(0) {
}
