--TEST--
With $_SESSION replaced by a string or an int after the start, segment, session-wide flash and CSRF methods throw Aura\Session\Exception and leave it alone
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
session_start();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$session->isStarted();
$calls = [
    'get' => fn() => $session->getSegment('seg')->get('k'),
    'getSegment' => fn() => $session->getSegment('seg')->getSegment(),
    'getFlash' => fn() => $session->getSegment('seg')->getFlash('k'),
    'set' => fn() => $session->getSegment('seg')->set('k', 'v'),
    'setFlash' => fn() => $session->getSegment('seg')->setFlash('k', 'v'),
    'setFlashNow' => fn() => $session->getSegment('seg')->setFlashNow('k', 'v'),
    'clear' => fn() => $session->getSegment('seg')->clear(),
    'remove' => fn() => $session->getSegment('seg')->remove(),
    'keepFlash' => fn() => $session->getSegment('seg')->keepFlash(),
    'Session::keepFlash' => fn() => $session->keepFlash(),
    'Session::clearFlash' => fn() => $session->clearFlash(),
    'CsrfToken::getValue' => fn() => $session->getCsrfToken()->getValue(),
    'CsrfToken::isValid' => fn() => $session->getCsrfToken()->isValid('x'),
];
foreach (['text', 5] as $bad) {
    $_SESSION = $bad;
    $messages = [];
    foreach ($calls as $name => $call) {
        try {
            $call();
            echo "$name: no exception\n";
        } catch (Aura\Session\Exception $e) {
            $messages[$e->getMessage()] = true;
        }
        if ($_SESSION !== $bad) {
            echo "$name changed \$_SESSION\n";
        }
    }
    echo implode("\n", array_keys($messages)), "\n";
}
echo "still running\n";
?>
--EXPECT--
$_SESSION holds a string instead of an array; the session was left unchanged
$_SESSION holds an int instead of an array; the session was left unchanged
still running
