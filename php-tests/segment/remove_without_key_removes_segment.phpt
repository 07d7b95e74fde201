--TEST--
Segment::remove() with no key (or null, false, '') unsets the whole $_SESSION[$name]
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
$other = $session->getSegment('Other');
$other->set('keep', true);
foreach ([[], [null], [false], ['']] as $args) {
    $segment->set('a', 1);
    $segment->remove(...$args);
    var_dump(array_key_exists('Vendor\Package', $_SESSION));
}
var_dump($_SESSION['Other']);
?>
--EXPECT--
bool(false)
bool(false)
bool(false)
bool(false)
array(1) {
  ["keep"]=>
  bool(true)
}
