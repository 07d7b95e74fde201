--TEST--
A reference taken to $_SESSION['seg']['k'] stays a reference through set() of that key and of other keys, both directions
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
session_start();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('seg');
$segment->set('k', 1);
$r = &$_SESSION['seg']['k'];
$segment->set('k', 2);
var_dump($r);
$segment->set('other', 'x');
$segment->setFlash('f', 'y');
$segment->setFlashNow('g', 'z');
$segment->set('k', 3);
var_dump($r);
$r = 4;
var_dump($segment->get('k'));
var_dump($_SESSION['seg']);
echo "still running\n";
?>
--EXPECT--
int(2)
int(3)
int(4)
array(2) {
  ["k"]=>
  &int(4)
  ["other"]=>
  string(1) "x"
}
still running
