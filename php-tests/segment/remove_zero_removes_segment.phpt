--TEST--
Segment::remove(0) and remove('0') unset the whole segment, not key 0 (quirk)
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
$segment->set(0, 'zero');
$segment->set(1, 'one');
$segment->remove(0);
var_dump(array_key_exists('Vendor\Package', $_SESSION));
$segment->set(0, 'zero');
$segment->set(1, 'one');
$segment->remove('0');
var_dump(array_key_exists('Vendor\Package', $_SESSION));
?>
--EXPECT--
bool(false)
bool(false)
