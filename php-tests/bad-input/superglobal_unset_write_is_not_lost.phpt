--TEST--
After unset($_SESSION) on an active session, a segment write either reaches the saved session or throws; it never reports success and loses the value
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
session_start();
$id = session_id();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('seg');
$segment->set('before', 1);
unset($_SESSION);
try {
    $segment->set('k', 'v');
    $written = true;
} catch (Aura\Session\Exception $e) {
    $written = false;
    echo get_class($e), "\n";
}
session_write_close();
unset($_SESSION);
session_id($id);
session_start();
$saved = isset($_SESSION['seg']['k']);
var_dump($written === $saved);
echo "still running\n";
?>
--EXPECT--
bool(true)
still running
