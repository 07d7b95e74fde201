--TEST--
A one-megabyte key and value are stored and read back unchanged
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
session_start();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('seg');
$key = str_repeat('k', 1 << 20);
$value = str_repeat('v', 1 << 20);
$segment->set($key, $value);
var_dump($segment->get($key) === $value, strlen(array_key_first($_SESSION['seg'])));
echo "still running\n";
?>
--EXPECT--
bool(true)
int(1048576)
still running
