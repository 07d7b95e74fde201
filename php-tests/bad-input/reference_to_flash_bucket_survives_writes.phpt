--TEST--
A reference to NEXT[$name] stays live through setFlash(); once it holds a string, setFlash() throws and the reference keeps the string
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session\Session;
session_start();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('seg');
$segment->setFlash('a', 1);
$f = &$_SESSION[Session::FLASH_NEXT]['seg'];
$segment->setFlash('b', 2);
var_dump($f);
$f = 'text';
$before = $_SESSION;
try {
    $segment->setFlash('c', 3);
} catch (Aura\Session\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($_SESSION === $before, $f);
$f = [];
$segment->setFlash('d', 4);
var_dump($f);
echo "still running\n";
?>
--EXPECT--
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
Aura\Session\Exception: $_SESSION['Aura\Session\Flash\Next']['seg'] holds a string instead of an array; the session was left unchanged
bool(true)
string(4) "text"
array(1) {
  ["d"]=>
  int(4)
}
still running
