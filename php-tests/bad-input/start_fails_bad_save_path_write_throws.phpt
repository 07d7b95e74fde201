--TEST--
With a save path that does not exist, session_start() fails and a segment write throws Aura\Session\Exception; the value is nowhere
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}/aura-session-no-such-dir/deeper
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('seg');
try {
    $segment->set('k', 'v');
    echo "written\n";
} catch (Aura\Session\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(session_status() === PHP_SESSION_ACTIVE, $_SESSION ?? 'no $_SESSION');
var_dump($segment->get('k', 'alt'));
echo "still running\n";
?>
--EXPECTF--
Warning: session_start(): open(%s) failed: No such file or directory (2) in %s on line %d

Warning: session_start(): Failed to read session data: files (path: %s) in %s on line %d
Aura\Session\Exception: Cannot start the session (session_start() failed: Failed to read session data: files (path: %s)), so nothing was written to it
bool(false)
array(0) {
}
string(3) "alt"
still running
