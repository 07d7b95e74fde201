--TEST--
start() moves a stored non-array FLASH_NEXT into FLASH_NOW as the PHP library does; later flash reads then throw instead of misreading it
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session\Session;
session_start();
$_SESSION = ['keep' => ['a' => 1], Session::FLASH_NEXT => 'text'];
session_write_close();
unset($_SESSION);
$session = (new Aura\Session\SessionFactory)->newInstance([]);
var_dump($session->start());
var_dump($_SESSION);
try {
    $session->getSegment('seg')->getFlash('k');
} catch (Aura\Session\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo "still running\n";
?>
--EXPECT--
bool(true)
array(3) {
  ["keep"]=>
  array(1) {
    ["a"]=>
    int(1)
  }
  ["Aura\Session\Flash\Next"]=>
  array(0) {
  }
  ["Aura\Session\Flash\Now"]=>
  string(4) "text"
}
Aura\Session\Exception: $_SESSION['Aura\Session\Flash\Now'] holds a string instead of an array; the session was left unchanged
still running
