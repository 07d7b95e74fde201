--TEST--
Session::keepFlash() resumes a session whose cookie came with the request and keeps its current flashes
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
$session->keepFlash();
var_dump($session->isStarted());
var_dump($_SESSION[Session::FLASH_NOW]['a']['x']);
var_dump($_SESSION[Session::FLASH_NEXT]['a']);
var_dump($session->getSegment('a')->getFlash('x'));
?>
--EXPECT--
bool(true)
int(1)
array(1) {
  ["x"]=>
  int(1)
}
int(1)
