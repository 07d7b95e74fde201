--TEST--
remove('0') and remove('') remove just that key, not the whole segment
--INI--
aura_session.api=6
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Seg');
$segment->set('0', 'zero');
$segment->set('', 'empty');
$segment->set('a', 'A');
var_dump($segment->remove('0'));
var_dump($_SESSION['Seg']);
$segment->remove('');
var_dump($_SESSION['Seg']);
?>
--EXPECT--
NULL
array(2) {
  [""]=>
  string(5) "empty"
  ["a"]=>
  string(1) "A"
}
array(1) {
  ["a"]=>
  string(1) "A"
}
