--TEST--
Session::getSegment() returns a new Segment object every call and does not start the session
--INI--
session.use_cookies=0
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$a = $session->getSegment('Vendor\Package');
$b = $session->getSegment('Vendor\Package');
var_dump(get_class($a), $a instanceof Aura\Session\SegmentInterface, $a === $b);
var_dump($session->isStarted(), isset($_SESSION));
?>
--EXPECT--
string(20) "Aura\Session\Segment"
bool(true)
bool(false)
bool(false)
bool(false)
