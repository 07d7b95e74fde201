--TEST--
Segment::get() returns stored falsy values (0, '', false, '0', []) instead of $alt
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
$segment->set('zero', 0);
$segment->set('empty', '');
$segment->set('false', false);
$segment->set('szero', '0');
$segment->set('arr', []);
var_dump($segment->get('zero', 'alt'));
var_dump($segment->get('empty', 'alt'));
var_dump($segment->get('false', 'alt'));
var_dump($segment->get('szero', 'alt'));
var_dump($segment->get('arr', 'alt'));
?>
--EXPECT--
int(0)
string(0) ""
bool(false)
string(1) "0"
array(0) {
}
