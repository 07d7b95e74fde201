--TEST--
Session::keepFlash() with one segment's NOW[$name] holding a string throws before keeping any segment's flashes
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
$_SESSION = [
    Session::FLASH_NOW => ['a' => ['x' => 1], 'b' => 'text', 'c' => ['y' => 2]],
    Session::FLASH_NEXT => ['a' => [], 'b' => [], 'c' => []],
];
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
Aura\Session\Exception: $_SESSION['Aura\Session\Flash\Now']['b'] holds a string instead of an array; the session was left unchanged
bool(true)
still running
