--TEST--
With NOW[$name] holding a scalar or an object, getFlash(), setFlashNow() and keepFlash() throw and change nothing
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
foreach (['text', 7, new stdClass] as $bad) {
    $_SESSION = ['seg' => [], Session::FLASH_NEXT => ['seg' => ['n' => 1]], Session::FLASH_NOW => ['seg' => $bad]];
    $before = $_SESSION;
    $segment = $session->getSegment('seg');
    foreach (['getFlash' => fn() => $segment->getFlash('k'), 'setFlashNow' => fn() => $segment->setFlashNow('k', 'v'), 'keepFlash' => fn() => $segment->keepFlash()] as $name => $call) {
        try {
            $call();
            echo "$name: no exception\n";
        } catch (Aura\Session\Exception $e) {
            echo "$name: ", $e->getMessage(), "\n";
        }
        var_dump($_SESSION === $before);
    }
}
echo "still running\n";
?>
--EXPECT--
getFlash: $_SESSION['Aura\Session\Flash\Now']['seg'] holds a string instead of an array; the session was left unchanged
bool(true)
setFlashNow: $_SESSION['Aura\Session\Flash\Now']['seg'] holds a string instead of an array; the session was left unchanged
bool(true)
keepFlash: $_SESSION['Aura\Session\Flash\Now']['seg'] holds a string instead of an array; the session was left unchanged
bool(true)
getFlash: $_SESSION['Aura\Session\Flash\Now']['seg'] holds an int instead of an array; the session was left unchanged
bool(true)
setFlashNow: $_SESSION['Aura\Session\Flash\Now']['seg'] holds an int instead of an array; the session was left unchanged
bool(true)
keepFlash: $_SESSION['Aura\Session\Flash\Now']['seg'] holds an int instead of an array; the session was left unchanged
bool(true)
getFlash: $_SESSION['Aura\Session\Flash\Now']['seg'] holds a stdClass object instead of an array; the session was left unchanged
bool(true)
setFlashNow: $_SESSION['Aura\Session\Flash\Now']['seg'] holds a stdClass object instead of an array; the session was left unchanged
bool(true)
keepFlash: $_SESSION['Aura\Session\Flash\Now']['seg'] holds a stdClass object instead of an array; the session was left unchanged
bool(true)
still running
