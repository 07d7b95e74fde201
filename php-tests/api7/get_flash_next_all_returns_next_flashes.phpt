--TEST--
getFlashNextAll() returns the segment's flash values for the next request, keys holding null included; [] after clearFlash()
--INI--
aura_session.api=7
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Seg');
$segment->setFlash('a', 1);
$segment->setFlash('none', null);
$segment->setFlash(7, 'seven');
$segment->setFlashNow('both', 2);
var_dump($segment->getFlashNextAll());
$segment->clearFlash();
var_dump($segment->getFlashNextAll(), $segment->getFlashAll());
?>
--EXPECT--
array(4) {
  ["a"]=>
  int(1)
  ["none"]=>
  NULL
  [7]=>
  string(5) "seven"
  ["both"]=>
  int(2)
}
array(0) {
}
array(1) {
  ["both"]=>
  int(2)
}
