--TEST--
Session methods called with more arguments than they declare ignore the extra ones
--INI--
session.use_cookies=0
session.cache_limiter=
session.name=PHPSESSID
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$r = [];
$token = $session->getCsrfToken('csrf1');
$r[] = $token === $session->getCsrfToken();
$r[] = $session->getName('OTHER');
$r[] = session_name();
$r[] = $session->isStarted(true);
$r[] = $session->isResumable('x');
$r[] = $session->setName('N2', 'ignored');
$r[] = session_name();
$r[] = $session->start('x', 'y');
$r[] = $session->getId(1) === session_id();
$r[] = $session->commit(1, 2, 3);
$r[] = $session->getSegment('seg', 'extra') instanceof Aura\Session\Segment;
var_dump($r);
?>
--EXPECT--
array(11) {
  [0]=>
  bool(true)
  [1]=>
  string(9) "PHPSESSID"
  [2]=>
  string(9) "PHPSESSID"
  [3]=>
  bool(false)
  [4]=>
  bool(false)
  [5]=>
  string(9) "PHPSESSID"
  [6]=>
  string(2) "N2"
  [7]=>
  bool(true)
  [8]=>
  bool(true)
  [9]=>
  bool(true)
  [10]=>
  bool(true)
}
