--TEST--
After Segment::clear() the segment can be read, written and read whole again
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
$segment->set('k', 'v');
$segment->clear();
var_dump($segment->getSegment());
var_dump($segment->get('k', 'gone'));
$segment->set('z', 1);
$_SESSION['Vendor\Package']['p'] = 2;
var_dump($segment->getSegment());
$session->commit();
echo "committed\n";
?>
--EXPECT--
array(0) {
}
string(4) "gone"
array(2) {
  ["z"]=>
  int(1)
  ["p"]=>
  int(2)
}
committed
