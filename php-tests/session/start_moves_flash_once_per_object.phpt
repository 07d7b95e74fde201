--TEST--
A Session object moves flashes only once: later isStarted() calls leave FLASH_NEXT alone, a new object moves again
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
use Aura\Session\{Session, SessionFactory};

$session = (new SessionFactory)->newInstance([]);
$session->start();
$_SESSION[Session::FLASH_NEXT]['seg']['k'] = 'v';
var_dump($session->isStarted(), $session->resume());
var_dump($_SESSION[Session::FLASH_NEXT]['seg']['k']);

$other = (new SessionFactory)->newInstance([]);
var_dump($other->isStarted());
var_dump($_SESSION[Session::FLASH_NOW]['seg']['k'], $_SESSION[Session::FLASH_NEXT]);
?>
--EXPECT--
bool(true)
bool(true)
string(1) "v"
bool(true)
string(1) "v"
array(0) {
}
