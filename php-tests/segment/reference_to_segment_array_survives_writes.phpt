--TEST--
A PHP reference to the whole $_SESSION[$name] array sees later segment writes and keeps working
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
$segment->set('a', 1);
$seg = &$_SESSION['Vendor\Package'];
$segment->set('b', 2);
var_dump($seg);
$seg['c'] = 3;
var_dump($segment->get('c'));
?>
--EXPECT--
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
int(3)
