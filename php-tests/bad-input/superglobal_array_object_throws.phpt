--TEST--
With $_SESSION replaced by an ArrayObject, segment and CSRF methods throw Aura\Session\Exception instead of writing into the object
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
$_SESSION = new ArrayObject(['seg' => ['k' => 'inside'], Session::FLASH_NOW => ['seg' => []], Session::FLASH_NEXT => ['seg' => []]]);
$before = $_SESSION->getArrayCopy();
$segment = $session->getSegment('seg');
foreach (['get' => fn() => $segment->get('k'), 'set' => fn() => $segment->set('k', 'v'), 'setFlash' => fn() => $segment->setFlash('k', 'v'), 'clear' => fn() => $segment->clear(), 'getValue' => fn() => $session->getCsrfToken()->getValue()] as $name => $call) {
    try {
        $call();
        echo "$name: no exception\n";
    } catch (Aura\Session\Exception $e) {
        echo "$name: ", $e->getMessage(), "\n";
    }
}
var_dump($_SESSION instanceof ArrayObject, $_SESSION->getArrayCopy() === $before);
echo "still running\n";
?>
--EXPECT--
get: $_SESSION holds an ArrayObject object instead of an array; the session was left unchanged
set: $_SESSION holds an ArrayObject object instead of an array; the session was left unchanged
setFlash: $_SESSION holds an ArrayObject object instead of an array; the session was left unchanged
clear: $_SESSION holds an ArrayObject object instead of an array; the session was left unchanged
getValue: $_SESSION holds an ArrayObject object instead of an array; the session was left unchanged
bool(true)
bool(true)
still running
