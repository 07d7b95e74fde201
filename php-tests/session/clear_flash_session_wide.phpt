--TEST--
Session::clearFlash() clears the next-request flashes of every segment and leaves the current ones
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
use Aura\Session\SessionFactory;

$session = (new SessionFactory)->newInstance([]);
$a = $session->getSegment('a');
$b = $session->getSegment('b');
$a->setFlash('x', 1);
$b->setFlashNow('y', 2);
var_dump($session->clearFlash());
var_dump($a->getFlashNext('x', 'cleared'), $b->getFlashNext('y', 'cleared'), $b->getFlash('y'));
var_dump($_SESSION['Aura\Session\Flash\Next']);
$id = $session->getId();
$session->commit();

$_SESSION = [];
session_id($id);
$session = (new SessionFactory)->newInstance([session_name() => $id]);
var_dump($session->getSegment('a')->getFlash('x', 'none'), $session->getSegment('b')->getFlash('y', 'none'));
?>
--EXPECT--
NULL
string(7) "cleared"
string(7) "cleared"
int(2)
array(2) {
  ["a"]=>
  array(0) {
  }
  ["b"]=>
  array(0) {
  }
}
string(4) "none"
string(4) "none"
