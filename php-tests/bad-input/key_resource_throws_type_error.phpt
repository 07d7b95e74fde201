--TEST--
A resource as a segment key throws TypeError (PHP itself would cast it to its id with a warning); nothing is written
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
session_start();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('seg');
$segment->set('k', 'kept');
$before = $_SESSION;
$handle = fopen('php://memory', 'r');
try {
    $segment->set($handle, 'v');
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($_SESSION === $before);
echo "still running\n";
?>
--EXPECT--
TypeError: Illegal offset type
bool(true)
still running
