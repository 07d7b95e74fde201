--TEST--
A PHP reference into $_SESSION stays a reference after segment writes
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
$segment->set('k', 'first');
$x = &$_SESSION['Vendor\Package']['k'];
$segment->set('k', 'second');
var_dump($x);
$segment->set('other', 'o');
$x = 'through the reference';
var_dump($segment->get('k'));
var_dump($_SESSION['Vendor\Package']);
?>
--EXPECT--
string(6) "second"
string(21) "through the reference"
array(2) {
  ["k"]=>
  &string(21) "through the reference"
  ["other"]=>
  string(1) "o"
}
