--TEST--
Segment::get() returns $alt when the stored value is null (isset semantics)
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
$segment->set('nothing', null);
var_dump(array_key_exists('nothing', $_SESSION['Vendor\Package']));
var_dump($segment->get('nothing', 'alt'));
var_dump($segment->get('nothing'));
?>
--EXPECT--
bool(true)
string(3) "alt"
NULL
