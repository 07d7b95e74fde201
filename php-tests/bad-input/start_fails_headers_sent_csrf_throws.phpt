--TEST--
When output was already sent, creating a CSRF token throws Aura\Session\Exception instead of handing out a token that is never stored
--INI--
session.cache_limiter=
session.save_path={TMP}
session.use_cookies=1
--FILE--
<?php
echo "output before the session\n";
$session = (new Aura\Session\SessionFactory)->newInstance([]);
try {
    var_dump($session->getCsrfToken()->getValue());
} catch (Aura\Session\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(isset($_SESSION));
echo "still running\n";
?>
--EXPECTF--
output before the session

Warning: session_start(): Session cannot be started after headers have already been sent in %s on line %d
Aura\Session\Exception: Cannot start the session (session_start() failed), so nothing was written to it
bool(false)
still running
