--TEST--
Segment::get() refuses a segment root that holds a scalar or an object, leaving $_SESSION as it was
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
foreach (['a string' => 'text', 'an int' => 42, 'a float' => 1.5, 'a bool' => true, 'an object' => new ArrayObject(['k' => 'inside'])] as $label => $bad) {
    $_SESSION = ['other' => ['x' => 1], Session::FLASH_NEXT => ['seg' => []], Session::FLASH_NOW => ['seg' => []], 'seg' => $bad];
    $before = $_SESSION;
    try {
        var_dump($session->getSegment('seg')->get('k', 'alt'));
    } catch (Aura\Session\Exception $e) {
        echo "$label: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
    var_dump($_SESSION === $before);
}
echo "still running\n";
?>
--EXPECT--
a string: Aura\Session\Exception: $_SESSION['seg'] holds a string instead of an array; the session was left unchanged
bool(true)
an int: Aura\Session\Exception: $_SESSION['seg'] holds an int instead of an array; the session was left unchanged
bool(true)
a float: Aura\Session\Exception: $_SESSION['seg'] holds a float instead of an array; the session was left unchanged
bool(true)
a bool: Aura\Session\Exception: $_SESSION['seg'] holds a bool instead of an array; the session was left unchanged
bool(true)
an object: Aura\Session\Exception: $_SESSION['seg'] holds an ArrayObject object instead of an array; the session was left unchanged
bool(true)
still running
