--TEST--
Segment::clear() replaces $_SESSION[$name] with an empty array and leaves other segments alone
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$one = $session->getSegment('One');
$two = $session->getSegment('Two');
$one->set('a', 1);
$one->set('b', 2);
$two->set('c', 3);
var_dump($one->clear());
var_dump($_SESSION['One'], $_SESSION['Two']);
var_dump($one->get('a', 'gone'));
?>
--EXPECT--
NULL
array(0) {
}
array(1) {
  ["c"]=>
  int(3)
}
string(4) "gone"
