--TEST--
Session::FLASH_NEXT and Session::FLASH_NOW name the two flash keys of $_SESSION
--FILE--
<?php
use Aura\Session\Session;

var_dump(Session::FLASH_NEXT, Session::FLASH_NOW);
$c = new ReflectionClassConstant(Session::class, 'FLASH_NEXT');
var_dump($c->isPublic());
?>
--EXPECT--
string(23) "Aura\Session\Flash\Next"
string(22) "Aura\Session\Flash\Now"
bool(true)
