--TEST--
setFlashNow() with a string value through a NOW-to-NEXT reference is refused cleanly (it once read the string as an array)
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
    $seg->setFlashNow('k', str_repeat('s', 40));
} catch (Aura\Session\Exception $e) {
    echo get_class($e), "\n";
}
var_dump($_SESSION[Session::FLASH_NEXT]['x'] === str_repeat('s', 40));
?>
--EXPECT--
Aura\Session\Exception
bool(true)
