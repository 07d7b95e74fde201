--TEST--
setFlashNow() with NOW[$name] a reference to NEXT[$name], at the sizes where an insert grows the table (8, 16 entries): both writes land in the one shared array
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
$_SESSION[Session::FLASH_NOW]['x'] = &$_SESSION[Session::FLASH_NEXT]['x'];
for ($i = 0; $i < 7; $i++) {
    $_SESSION[Session::FLASH_NEXT]['x']["p$i"] = $i;
}
for ($i = 0; $i < 10; $i++) {
    $seg->setFlashNow("k$i", $i);
}
var_dump(count($_SESSION[Session::FLASH_NEXT]['x']), $seg->getFlash('k9'), $seg->getFlashNext('k0'));
var_dump($_SESSION[Session::FLASH_NOW]['x'] === $_SESSION[Session::FLASH_NEXT]['x']);
?>
--EXPECT--
int(17)
int(9)
int(0)
bool(true)
