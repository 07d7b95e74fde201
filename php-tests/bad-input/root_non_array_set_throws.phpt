--TEST--
Segment::set() refuses to write into a segment root that holds a scalar or an object; nothing in $_SESSION changes
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
foreach (['a string' => 'text', 'an int' => 42, 'false' => false, 'an object' => new stdClass] as $label => $bad) {
    $_SESSION = ['other' => ['x' => 1], Session::FLASH_NEXT => ['seg' => ['n' => 1]], Session::FLASH_NOW => ['seg' => ['m' => 2]], 'seg' => $bad];
    $before = $_SESSION;
    try {
        $session->getSegment('seg')->set('k', 'v');
        echo "$label: written\n";
    } catch (Aura\Session\Exception $e) {
        echo "$label: ", $e->getMessage(), "\n";
    }
    var_dump($_SESSION === $before);
}
echo "still running\n";
?>
--EXPECT--
a string: $_SESSION['seg'] holds a string instead of an array; the session was left unchanged
bool(true)
an int: $_SESSION['seg'] holds an int instead of an array; the session was left unchanged
bool(true)
false: $_SESSION['seg'] holds a bool instead of an array; the session was left unchanged
bool(true)
an object: $_SESSION['seg'] holds a stdClass object instead of an array; the session was left unchanged
bool(true)
still running
