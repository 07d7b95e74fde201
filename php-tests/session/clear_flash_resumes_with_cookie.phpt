--TEST--
Session::clearFlash() resumes a session whose cookie came with the request; the current flashes stay readable
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
use Aura\Session\{Session, SessionFactory};

$session = (new SessionFactory)->newInstance([]);
$session->getSegment('a')->setFlash('x', 1);
$id = $session->getId();
$session->commit();

$_SESSION = [];
session_id($id);
$session = (new SessionFactory)->newInstance([session_name() => $id]);
$session->clearFlash();
var_dump($session->isStarted());
var_dump($_SESSION[Session::FLASH_NOW]['a']['x']);
var_dump(array_filter($_SESSION[Session::FLASH_NEXT]));
var_dump($session->getSegment('a')->getFlash('x'));
?>
--EXPECT--
bool(true)
int(1)
array(0) {
}
int(1)
