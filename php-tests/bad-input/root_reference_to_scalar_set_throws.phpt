--TEST--
A segment root turned into a string through a reference is refused on write; the reference keeps working afterwards
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
$segment->set('k', 'first');
$x = &$_SESSION['seg'];
$x = 'str';
$before = $_SESSION;
try {
    $segment->set('k', 'second');
} catch (Aura\Session\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($_SESSION === $before, $x);
$x = ['k' => 'restored'];
var_dump($segment->get('k'));
$segment->set('k', 'third');
var_dump($x);
echo "still running\n";
?>
--EXPECT--
Aura\Session\Exception: $_SESSION['seg'] holds a string instead of an array; the session was left unchanged
bool(true)
string(3) "str"
string(8) "restored"
array(1) {
  ["k"]=>
  string(5) "third"
}
still running
