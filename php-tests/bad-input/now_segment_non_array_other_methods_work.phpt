--TEST--
With NOW[$name] holding a string, the methods that do not read it (get, set, setFlash, getFlashNext, remove) work and leave it alone
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
$_SESSION = ['seg' => ['a' => 1], Session::FLASH_NEXT => ['seg' => []], Session::FLASH_NOW => ['seg' => 'text']];
$segment = $session->getSegment('seg');
var_dump($segment->get('a'));
$segment->set('b', 2);
$segment->setFlash('c', 3);
var_dump($segment->getFlashNext('c'));
$segment->remove('a');
var_dump($_SESSION);
echo "still running\n";
?>
--EXPECT--
int(1)
int(3)
array(3) {
  ["seg"]=>
  array(1) {
    ["b"]=>
    int(2)
  }
  ["Aura\Session\Flash\Next"]=>
  array(1) {
    ["seg"]=>
    array(1) {
      ["c"]=>
      int(3)
    }
  }
  ["Aura\Session\Flash\Now"]=>
  array(1) {
    ["seg"]=>
    string(4) "text"
  }
}
still running
