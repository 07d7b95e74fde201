--TEST--
isStarted() on a session started by plain PHP moves an object FLASH_NEXT into FLASH_NOW without failing; segment flash reads then throw
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session\Session;
session_start();
$_SESSION = ['keep' => 1, Session::FLASH_NEXT => new ArrayObject(['seg' => ['k' => 'v']])];
$session = (new Aura\Session\SessionFactory)->newInstance([]);
var_dump($session->isStarted());
var_dump(get_class($_SESSION[Session::FLASH_NOW]), $_SESSION[Session::FLASH_NEXT], $_SESSION['keep']);
try {
    $session->getSegment('seg')->getFlash('k');
} catch (Aura\Session\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo "still running\n";
?>
--EXPECT--
bool(true)
string(11) "ArrayObject"
array(0) {
}
int(1)
Aura\Session\Exception: $_SESSION['Aura\Session\Flash\Now'] holds an ArrayObject object instead of an array; the session was left unchanged
still running
