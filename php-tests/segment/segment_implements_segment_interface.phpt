--TEST--
Segment implements SegmentInterface and SegmentFactory::newInstance() returns a Segment
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
var_dump(get_class($segment));
var_dump($segment instanceof Aura\Session\SegmentInterface);
var_dump(interface_exists('Aura\Session\SegmentInterface'));
var_dump(get_class_methods('Aura\Session\SegmentInterface'));
?>
--EXPECT--
string(20) "Aura\Session\Segment"
bool(true)
bool(true)
array(12) {
  [0]=>
  string(3) "get"
  [1]=>
  string(10) "getSegment"
  [2]=>
  string(3) "set"
  [3]=>
  string(5) "clear"
  [4]=>
  string(6) "remove"
  [5]=>
  string(8) "setFlash"
  [6]=>
  string(8) "getFlash"
  [7]=>
  string(10) "clearFlash"
  [8]=>
  string(12) "getFlashNext"
  [9]=>
  string(11) "setFlashNow"
  [10]=>
  string(13) "clearFlashNow"
  [11]=>
  string(9) "keepFlash"
}
