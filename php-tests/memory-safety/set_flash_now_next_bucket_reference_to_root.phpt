--TEST--
setFlashNow() when NEXT is a reference to $_SESSION itself: both writes follow PHP's semantics (NEXT[$name] is then $_SESSION[$name])
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
$_SESSION[Session::FLASH_NEXT] = &$_SESSION;
for ($i = 0; $i < 20; $i++) {
    $seg->setFlashNow("k$i", $i);
}
var_dump(count($_SESSION['x']), $_SESSION['x']['k19'], $_SESSION[Session::FLASH_NOW]['x']['k19']);
?>
--EXPECT--
int(21)
int(19)
int(19)
