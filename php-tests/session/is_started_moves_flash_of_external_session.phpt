--TEST--
Session::isStarted() moves the flashes of a session that plain PHP code started
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
use Aura\Session\{Session, SessionFactory};

// request 1
$session = (new SessionFactory)->newInstance([]);
$session->getSegment('app')->setFlash('notice', 'saved');
$id = $session->getId();
$session->commit();

// request 2: someone else calls session_start() first
$_SESSION = [];
session_id($id);
session_start();
$session = (new SessionFactory)->newInstance([session_name() => $id]);
var_dump($_SESSION[Session::FLASH_NEXT]['app']['notice']);
var_dump($session->isStarted());
var_dump($_SESSION[Session::FLASH_NOW]['app']['notice'], $_SESSION[Session::FLASH_NEXT]);
var_dump($session->getSegment('app')->getFlash('notice'));
?>
--EXPECT--
string(5) "saved"
bool(true)
string(5) "saved"
array(0) {
}
string(5) "saved"
