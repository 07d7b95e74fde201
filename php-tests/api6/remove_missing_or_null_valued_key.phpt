--TEST--
remove() of a missing key changes nothing; a key holding null is removed (array_key_exists(), not isset())
--INI--
aura_session.api=6
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Seg');
$segment->set('kept', 1);
$segment->set('nothing', null);
$segment->remove('missing');
var_dump($_SESSION['Seg']);
$segment->remove('nothing');
var_dump($_SESSION['Seg']);
?>
--EXPECT--
array(2) {
  ["kept"]=>
  int(1)
  ["nothing"]=>
  NULL
}
array(1) {
  ["kept"]=>
  int(1)
}
