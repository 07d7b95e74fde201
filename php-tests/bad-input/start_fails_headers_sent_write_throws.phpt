--TEST--
When session_start() fails because output was already sent, segment writes throw Aura\Session\Exception and nothing lands in $_SESSION
--INI--
session.cache_limiter=
session.save_path={TMP}
session.use_cookies=1
--FILE--
<?php
echo "output before the session\n";
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('seg');
foreach (['set' => fn() => $segment->set('k', 'v'), 'setFlash' => fn() => $segment->setFlash('k', 'v'), 'setFlashNow' => fn() => $segment->setFlashNow('k', 'v')] as $name => $call) {
    try {
        $call();
        echo "$name: written\n";
    } catch (Aura\Session\Exception $e) {
        echo "$name: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(session_status() === PHP_SESSION_ACTIVE, isset($_SESSION));
echo "still running\n";
?>
--EXPECTF--
output before the session

Warning: session_start(): Session cannot be started after headers have already been sent in %s on line %d
set: Aura\Session\Exception: Cannot start the session (session_start() failed), so nothing was written to it

Warning: session_start(): Session cannot be started after headers have already been sent in %s on line %d
setFlash: Aura\Session\Exception: Cannot start the session (session_start() failed), so nothing was written to it

Warning: session_start(): Session cannot be started after headers have already been sent in %s on line %d
setFlashNow: Aura\Session\Exception: Cannot start the session (session_start() failed), so nothing was written to it
bool(false)
bool(false)
still running
