--TEST--
Session::start() on the same object after commit() does not move the flashes a second time
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
use Aura\Session\Session;
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$session->getSegment('app')->setFlash('notice', 'saved');
$session->commit();
var_dump($session->start());
var_dump($_SESSION[Session::FLASH_NEXT]['app']['notice']);
var_dump($_SESSION[Session::FLASH_NOW]['app']);
?>
--EXPECT--
bool(true)
string(5) "saved"
array(0) {
}
