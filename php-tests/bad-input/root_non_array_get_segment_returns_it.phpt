--TEST--
Segment::getSegment() returns a non-array segment root as stored, like the PHP library, and changes nothing
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
foreach (['text', 42, 1.5, true] as $bad) {
    $_SESSION = [Session::FLASH_NEXT => ['seg' => []], Session::FLASH_NOW => ['seg' => []], 'seg' => $bad];
    $before = $_SESSION;
    var_dump($session->getSegment('seg')->getSegment());
    var_dump($_SESSION === $before);
}
echo "still running\n";
?>
--EXPECT--
string(4) "text"
bool(true)
int(42)
bool(true)
float(1.5)
bool(true)
bool(true)
bool(true)
still running
