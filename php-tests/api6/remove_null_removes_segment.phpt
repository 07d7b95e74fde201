--TEST--
remove() and remove(null) unset the whole segment; its flash values stay and other segments are untouched
--INI--
aura_session.api=6
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Seg');
$segment->set('a', 'A');
$segment->setFlash('next', 1);
$segment->setFlashNow('now', 2);
$session->getSegment('Other')->setFlashNow('o', 3);
var_dump($segment->remove());
var_dump($_SESSION);
$segment->set('b', 'B');
$segment->setFlash('c', 'C');
$segment->remove(null);
var_dump(array_key_exists('Seg', $_SESSION), $segment->getFlashNext('c'));
?>
--EXPECT--
NULL
array(3) {
  ["Aura\Session\Flash\Next"]=>
  array(2) {
    ["Seg"]=>
    array(2) {
      ["next"]=>
      int(1)
      ["now"]=>
      int(2)
    }
    ["Other"]=>
    array(1) {
      ["o"]=>
      int(3)
    }
  }
  ["Aura\Session\Flash\Now"]=>
  array(2) {
    ["Seg"]=>
    array(1) {
      ["now"]=>
      int(2)
    }
    ["Other"]=>
    array(1) {
      ["o"]=>
      int(3)
    }
  }
  ["Other"]=>
  array(0) {
  }
}
bool(false)
string(1) "C"
