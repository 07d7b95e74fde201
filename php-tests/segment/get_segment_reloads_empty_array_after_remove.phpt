--TEST--
Segment::getSegment() on an active session loads an empty array, also right after remove() dropped the segment
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
session_start();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
var_dump($segment->getSegment());
$segment->set('a', 1);
$segment->remove();
var_dump(array_key_exists('Vendor\Package', $_SESSION));
var_dump($segment->getSegment());
?>
--EXPECT--
array(0) {
}
bool(false)
array(0) {
}
