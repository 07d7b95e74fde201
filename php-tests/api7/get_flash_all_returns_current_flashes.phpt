--TEST--
getFlashAll() returns a copy of the segment's current flash values, keys holding null included; [] once cleared
--INI--
aura_session.api=7
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Seg');
$segment->set('started', true);
var_dump($segment->getFlashAll());
$segment->setFlashNow('a', 1);
$segment->setFlashNow('none', null);
$segment->setFlash('later', 2);
$session->getSegment('Other')->setFlashNow('o', 3);
$all = $segment->getFlashAll();
var_dump($all);
$all['added'] = true;
var_dump($segment->getFlash('added'));
$segment->clearFlashNow();
var_dump($segment->getFlashAll());
?>
--EXPECT--
array(0) {
}
array(2) {
  ["a"]=>
  int(1)
  ["none"]=>
  NULL
}
NULL
array(0) {
}
