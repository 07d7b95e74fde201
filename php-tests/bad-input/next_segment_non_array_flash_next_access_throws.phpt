--TEST--
With NEXT[$name] holding a scalar or an object, getFlashNext(), setFlash() and keepFlash() throw and change nothing
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
    $_SESSION = ['seg' => [], Session::FLASH_NEXT => ['seg' => $bad], Session::FLASH_NOW => ['seg' => ['m' => 1]]];
    $before = $_SESSION;
    $segment = $session->getSegment('seg');
    foreach (['getFlashNext' => fn() => $segment->getFlashNext('k'), 'setFlash' => fn() => $segment->setFlash('k', 'v'), 'keepFlash' => fn() => $segment->keepFlash()] as $name => $call) {
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
getFlashNext: $_SESSION['Aura\Session\Flash\Next']['seg'] holds a string instead of an array; the session was left unchanged
bool(true)
setFlash: $_SESSION['Aura\Session\Flash\Next']['seg'] holds a string instead of an array; the session was left unchanged
bool(true)
keepFlash: $_SESSION['Aura\Session\Flash\Next']['seg'] holds a string instead of an array; the session was left unchanged
bool(true)
getFlashNext: $_SESSION['Aura\Session\Flash\Next']['seg'] holds an int instead of an array; the session was left unchanged
bool(true)
setFlash: $_SESSION['Aura\Session\Flash\Next']['seg'] holds an int instead of an array; the session was left unchanged
bool(true)
keepFlash: $_SESSION['Aura\Session\Flash\Next']['seg'] holds an int instead of an array; the session was left unchanged
bool(true)
getFlashNext: $_SESSION['Aura\Session\Flash\Next']['seg'] holds a stdClass object instead of an array; the session was left unchanged
bool(true)
setFlash: $_SESSION['Aura\Session\Flash\Next']['seg'] holds a stdClass object instead of an array; the session was left unchanged
bool(true)
keepFlash: $_SESSION['Aura\Session\Flash\Next']['seg'] holds a stdClass object instead of an array; the session was left unchanged
bool(true)
still running
