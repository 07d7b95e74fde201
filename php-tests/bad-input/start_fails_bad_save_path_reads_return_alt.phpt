--TEST--
With a save path that does not exist, reads with the session cookie present try to resume, fail, and return $alt
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}/aura-session-no-such-dir/deeper
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance(['PHPSESSID' => 'abc123']);
$segment = $session->getSegment('seg');
var_dump($segment->get('k', 'alt'));
var_dump($segment->getFlash('k', 'alt'));
var_dump(session_status() === PHP_SESSION_ACTIVE);
echo "still running\n";
?>
--EXPECTF--
Warning: session_start(): open(%s) failed: No such file or directory (2) in %s on line %d

Warning: session_start(): Failed to read session data: files (path: %s) in %s on line %d
string(3) "alt"

Warning: session_start(): open(%s) failed: No such file or directory (2) in %s on line %d

Warning: session_start(): Failed to read session data: files (path: %s) in %s on line %d
string(3) "alt"
bool(false)
still running
