--TEST--
Session::keepFlash() with FLASH_NEXT holding a string throws Aura\Session\Exception and changes nothing
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session\Session;
session_start();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$session->isStarted();
$_SESSION = [Session::FLASH_NOW => ['a' => ['x' => 1]], Session::FLASH_NEXT => 'text'];
$before = $_SESSION;
try {
    $session->keepFlash();
    echo "no exception\n";
} catch (Aura\Session\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($_SESSION === $before);
echo "still running\n";
?>
--EXPECT--
Aura\Session\Exception: $_SESSION['Aura\Session\Flash\Next'] holds a string instead of an array; the session was left unchanged
bool(true)
still running
