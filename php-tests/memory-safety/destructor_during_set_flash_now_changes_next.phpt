--TEST--
setFlashNow(): the old NOW value's destructor runs between the two writes, as in the library, and may replace NEXT[$name]; the second write goes to what is there then
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session\Session;
class Swapper { function __destruct() { echo "destructor\n"; $_SESSION[Session::FLASH_NEXT]['x'] = ['set by destructor' => true]; } }
session_start();
$seg = (new Aura\Session\SessionFactory)->newInstance([])->getSegment('x');
$seg->set('warm', 1);
$_SESSION[Session::FLASH_NOW]['x']['k'] = new Swapper;
$seg->setFlashNow('k', 'v');
var_dump($_SESSION[Session::FLASH_NEXT]['x']);
?>
--EXPECT--
destructor
array(2) {
  ["set by destructor"]=>
  bool(true)
  ["k"]=>
  string(1) "v"
}
