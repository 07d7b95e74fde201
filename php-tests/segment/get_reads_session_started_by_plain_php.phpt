--TEST--
Segment::get() reads from a session that plain PHP code started, without a session cookie
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
session_start();
$_SESSION['Vendor\Package'] = ['foo' => 'from php'];
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
var_dump($segment->get('foo'));
var_dump(array_keys($_SESSION));
?>
--EXPECT--
string(8) "from php"
array(3) {
  [0]=>
  string(14) "Vendor\Package"
  [1]=>
  string(23) "Aura\Session\Flash\Next"
  [2]=>
  string(22) "Aura\Session\Flash\Now"
}
