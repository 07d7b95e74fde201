--TEST--
Segment::remove($key) on a segment root that holds a scalar throws and removes nothing
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
$_SESSION = ['other' => 1, Session::FLASH_NEXT => ['seg' => []], Session::FLASH_NOW => ['seg' => []], 'seg' => 'text'];
$before = $_SESSION;
try {
    $session->getSegment('seg')->remove('k');
} catch (Aura\Session\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($_SESSION === $before);
echo "still running\n";
?>
--EXPECT--
Aura\Session\Exception: $_SESSION['seg'] holds a string instead of an array; the session was left unchanged
bool(true)
still running
