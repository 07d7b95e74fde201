--TEST--
With $_SESSION[Session::FLASH_NEXT] holding a scalar or an object, every segment method throws Aura\Session\Exception and $_SESSION stays as it was
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
$calls = [
    'get' => fn($s) => $s->get('k'),
    'getSegment' => fn($s) => $s->getSegment(),
    'getFlash' => fn($s) => $s->getFlash('k'),
    'getFlashNext' => fn($s) => $s->getFlashNext('k'),
    'set' => fn($s) => $s->set('k', 'v'),
    'setFlash' => fn($s) => $s->setFlash('k', 'v'),
    'setFlashNow' => fn($s) => $s->setFlashNow('k', 'v'),
    'clear' => fn($s) => $s->clear(),
    'clearFlash' => fn($s) => $s->clearFlash(),
    'clearFlashNow' => fn($s) => $s->clearFlashNow(),
    'keepFlash' => fn($s) => $s->keepFlash(),
    'remove(k)' => fn($s) => $s->remove('k'),
    'remove()' => fn($s) => $s->remove(),
];
foreach (['text', 7, new stdClass] as $bad) {
    $_SESSION = ['seg' => ['k' => 'kept'], Session::FLASH_NEXT => ['seg' => []], Session::FLASH_NOW => ['seg' => []], 'other' => 1];
    $_SESSION[Session::FLASH_NEXT] = $bad;
    $before = $_SESSION;
    $messages = [];
    foreach ($calls as $name => $call) {
        try {
            $call($session->getSegment('seg'));
            echo "$name: no exception\n";
        } catch (Aura\Session\Exception $e) {
            $messages[$e->getMessage()] = true;
        }
        if ($_SESSION !== $before) {
            echo "$name changed \$_SESSION\n";
        }
    }
    echo implode("\n", array_keys($messages)), "\n";
}
echo "still running\n";
?>
--EXPECT--
$_SESSION['Aura\Session\Flash\Next'] holds a string instead of an array; the session was left unchanged
$_SESSION['Aura\Session\Flash\Next'] holds an int instead of an array; the session was left unchanged
$_SESSION['Aura\Session\Flash\Next'] holds a stdClass object instead of an array; the session was left unchanged
still running
