--TEST--
With NEXT[$name] holding a string, get, set, getFlash and remove work and leave it alone
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session\Session;
session_start();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$session->isStarted();
$_SESSION = ['seg' => ['a' => 1], Session::FLASH_NEXT => ['seg' => 'text'], Session::FLASH_NOW => ['seg' => ['m' => 'now']]];
$segment = $session->getSegment('seg');
var_dump($segment->get('a'), $segment->getFlash('m'));
$segment->set('b', 2);
$segment->remove('a');
var_dump($_SESSION);
echo "still running\n";
?>
--EXPECT--
int(1)
string(3) "now"
array(3) {
  ["seg"]=>
  array(1) {
    ["b"]=>
    int(2)
  }
  ["Aura\Session\Flash\Next"]=>
  array(1) {
    ["seg"]=>
    string(4) "text"
  }
  ["Aura\Session\Flash\Now"]=>
  array(1) {
    ["seg"]=>
    array(1) {
      ["m"]=>
      string(3) "now"
    }
  }
}
still running
