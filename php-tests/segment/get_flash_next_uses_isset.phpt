--TEST--
Segment::getFlashNext() returns NEXT[$name][$key] when set and $alt when missing or null
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
$segment->setFlash('a', 'A');
$segment->setFlash('n', null);
$segment->setFlash('f', false);
var_dump($segment->getFlashNext('a', 'alt'));
var_dump($segment->getFlashNext('n', 'alt'));
var_dump($segment->getFlashNext('f', 'alt'));
var_dump($segment->getFlashNext('missing', 'alt'));
var_dump($segment->getFlashNext('missing'));
?>
--EXPECT--
string(1) "A"
string(3) "alt"
bool(false)
string(3) "alt"
NULL
