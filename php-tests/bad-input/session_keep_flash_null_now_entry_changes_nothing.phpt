--TEST--
Session::keepFlash() refuses a null NOW[$name] before merging any segment
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
use Aura\Session\Session;
session_start();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$session->isStarted();
$_SESSION[Session::FLASH_NOW] = ['a' => ['x' => 1], 'b' => null];
$_SESSION[Session::FLASH_NEXT] = ['a' => [], 'b' => []];
$before = $_SESSION;
try {
    $session->keepFlash();
} catch (Aura\Session\Exception $e) {
    echo $e->getMessage(), "\n";
}
var_dump($_SESSION === $before);
?>
--EXPECT--
$_SESSION['Aura\Session\Flash\Now']['b'] holds null instead of an array; the session was left unchanged
bool(true)
