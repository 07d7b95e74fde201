--TEST--
A Phpfunc subclass whose session_start() returns 'yes' is taken as started, like the PHP library's truthiness check: start() returns 'yes' and flashes are moved
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session as A;
class FakeStart extends A\Phpfunc {
    public function __call($func, $args) {
        return match ($func) {
            'session_start' => 'yes',
            'session_status' => PHP_SESSION_NONE,
            default => parent::__call($func, $args),
        };
    }
}
$_SESSION = [A\Session::FLASH_NEXT => ['seg' => ['msg' => 'hi']]];
$session = new A\Session(new A\SegmentFactory, new A\CsrfTokenFactory(new A\Randval), new FakeStart);
var_dump($session->start());
var_dump($_SESSION);
echo "still running\n";
?>
--EXPECT--
string(3) "yes"
array(2) {
  ["Aura\Session\Flash\Next"]=>
  array(0) {
  }
  ["Aura\Session\Flash\Now"]=>
  array(1) {
    ["seg"]=>
    array(1) {
      ["msg"]=>
      string(2) "hi"
    }
  }
}
still running
