--TEST--
setFlashNow() where NOW[$name][$key] is a reference to NEXT[$name]: the first write turns NEXT[$name] into the value, the second is refused with an exception (the PHP library: Error), no crash
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session\Session;
session_start();
$seg = (new Aura\Session\SessionFactory)->newInstance([])->getSegment('x');
$seg->set('warm', 1);
$_SESSION[Session::FLASH_NOW]['x']['k'] = &$_SESSION[Session::FLASH_NEXT]['x'];
try {
    $seg->setFlashNow('k', 12345);
} catch (Aura\Session\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($_SESSION[Session::FLASH_NEXT]['x'], $_SESSION[Session::FLASH_NOW]['x']['k']);
try {
    $seg->setFlashNow('k', 'again');
} catch (Aura\Session\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo "still running\n";
?>
--EXPECT--
Aura\Session\Exception: $_SESSION['Aura\Session\Flash\Next']['x'] holds an int instead of an array; the values this call wrote before stay
int(12345)
int(12345)
Aura\Session\Exception: $_SESSION['Aura\Session\Flash\Next']['x'] holds an int instead of an array; the session was left unchanged
still running
