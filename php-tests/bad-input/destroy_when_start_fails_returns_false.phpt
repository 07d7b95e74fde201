--TEST--
destroy() when the session cannot start (output already sent) returns false with PHP's warnings and never calls the delete-cookie callable
--INI--
session.cache_limiter=
session.save_path={TMP}
session.use_cookies=1
--FILE--
<?php
echo "output before the session\n";
$session = (new Aura\Session\SessionFactory)->newInstance([], function ($name, $params) {
    echo "deleter called\n";
});
var_dump($session->destroy());
var_dump(session_status() === PHP_SESSION_ACTIVE);
echo "still running\n";
?>
--EXPECTF--
output before the session

Warning: session_start(): Session cannot be started after headers have already been sent in %s on line %d

Warning: session_destroy(): Trying to destroy uninitialized session in %s on line %d
bool(false)
bool(false)
still running
