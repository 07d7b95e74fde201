--TEST--
When output was already sent, segment reads with the session cookie present try to resume, fail, and just return $alt (getSegment() null)
--INI--
session.cache_limiter=
session.save_path={TMP}
session.use_cookies=1
--FILE--
<?php
echo "output before the session\n";
$session = (new Aura\Session\SessionFactory)->newInstance(['PHPSESSID' => 'abc123']);
$segment = $session->getSegment('seg');
var_dump($segment->get('k', 'alt'));
var_dump($segment->getFlash('k', 'alt'));
var_dump($segment->getFlashNext('k', 'alt'));
var_dump($segment->getSegment());
var_dump(session_status() === PHP_SESSION_ACTIVE, isset($_SESSION));
echo "still running\n";
?>
--EXPECTF--
output before the session

Warning: session_start(): Session cannot be started after headers have already been sent in %s on line %d
string(3) "alt"

Warning: session_start(): Session cannot be started after headers have already been sent in %s on line %d
string(3) "alt"

Warning: session_start(): Session cannot be started after headers have already been sent in %s on line %d
string(3) "alt"

Warning: session_start(): Session cannot be started after headers have already been sent in %s on line %d
NULL
bool(false)
bool(false)
still running
