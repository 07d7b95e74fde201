--TEST--
Two segments with different names never see each other's values or flashes
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$a = $session->getSegment('A');
$b = $session->getSegment('B');
$a->set('k', 'from a');
$a->setFlashNow('f', 'flash a');
var_dump($b->get('k', 'none'));
var_dump($b->getFlash('f', 'none'));
$b->set('k', 'from b');
var_dump($a->get('k'));
var_dump($b->get('k'));
?>
--EXPECT--
string(4) "none"
string(4) "none"
string(6) "from a"
string(6) "from b"
