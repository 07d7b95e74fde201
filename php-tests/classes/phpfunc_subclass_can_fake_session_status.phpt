--TEST--
A Phpfunc subclass that reports the session as active makes Segment reads proceed without session_start()
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class FakeActive extends Aura\Session\Phpfunc
{
    function session_status() { return PHP_SESSION_ACTIVE; }
    function session_start() { echo "session_start must not be called\n"; return false; }
}
$_SESSION = ['S' => ['k' => 'preset']];
$session = new Aura\Session\Session(
    new Aura\Session\SegmentFactory,
    new Aura\Session\CsrfTokenFactory(new Aura\Session\Randval),
    new FakeActive
);
var_dump($session->isStarted());
var_dump($session->getSegment('S')->get('k'));
var_dump(session_status() === PHP_SESSION_NONE);
var_dump(array_keys($_SESSION));
?>
--EXPECT--
bool(true)
string(6) "preset"
bool(true)
array(3) {
  [0]=>
  string(1) "S"
  [1]=>
  string(23) "Aura\Session\Flash\Next"
  [2]=>
  string(22) "Aura\Session\Flash\Now"
}
