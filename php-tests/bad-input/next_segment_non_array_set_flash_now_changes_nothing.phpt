--TEST--
Segment::setFlashNow() with NEXT[$name] holding a string throws and writes neither NOW nor NEXT
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
$_SESSION = ['seg' => [], Session::FLASH_NOW => ['seg' => []], Session::FLASH_NEXT => ['seg' => 'text']];
$before = $_SESSION;
try {
    $session->getSegment('seg')->setFlashNow('k', 'v');
    echo "no exception\n";
} catch (Aura\Session\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($_SESSION === $before);
var_dump($_SESSION[Session::FLASH_NOW]);
echo "still running\n";
?>
--EXPECT--
Aura\Session\Exception: $_SESSION['Aura\Session\Flash\Next']['seg'] holds a string instead of an array; the session was left unchanged
bool(true)
array(1) {
  ["seg"]=>
  array(0) {
  }
}
still running
