--TEST--
setFlashNow(): an exception thrown by the destructor of the displaced NOW value stops the call before the NEXT write, as it stops the library's method
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session\Session;
class Thrower { function __destruct() { throw new RuntimeException('from destructor'); } }
session_start();
$seg = (new Aura\Session\SessionFactory)->newInstance([])->getSegment('x');
$seg->set('warm', 1);
$_SESSION[Session::FLASH_NOW]['x']['k'] = new Thrower;
try {
    $seg->setFlashNow('k', 'v');
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($_SESSION[Session::FLASH_NOW]['x'], $_SESSION[Session::FLASH_NEXT]['x']);
?>
--EXPECT--
RuntimeException: from destructor
array(1) {
  ["k"]=>
  string(1) "v"
}
array(0) {
}
