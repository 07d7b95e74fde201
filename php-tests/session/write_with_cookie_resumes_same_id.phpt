--TEST--
A segment write in a request carrying the session cookie resumes that session id and keeps its data
--INI--
session.use_cookies=1
session.use_only_cookies=1
session.use_strict_mode=0
--FILE--
<?php
use Aura\Session\SessionFactory;

ob_start();
$id = 'cookieid0123456789abcdefgh';
$_COOKIE[session_name()] = $id;

$session = (new SessionFactory)->newInstance($_COOKIE);
$session->getSegment('cart')->set('items', 1);
$first = [$session->getId(), $session->isResumable()];
$session->commit();

$_SESSION = [];
$session = (new SessionFactory)->newInstance($_COOKIE);
$session->getSegment('cart')->set('total', 9);
$second = [$session->getId(), $_SESSION['cart']];
$session->destroy();
ob_end_clean();

var_dump($first, $second);
?>
--EXPECT--
array(2) {
  [0]=>
  string(26) "cookieid0123456789abcdefgh"
  [1]=>
  bool(true)
}
array(2) {
  [0]=>
  string(26) "cookieid0123456789abcdefgh"
  [1]=>
  array(2) {
    ["items"]=>
    int(1)
    ["total"]=>
    int(9)
  }
}
