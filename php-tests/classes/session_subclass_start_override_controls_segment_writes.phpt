--TEST--
A Session subclass whose start() does nothing but report success makes Segment::set() write into $_SESSION without session_start()
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class PretendSession extends Aura\Session\Session
{
    public $active = false;
    function isStarted() { return $this->active; }
    function resume() { return $this->active; }
    function start() { $this->active = true; $_SESSION = []; return true; }
}
$session = new PretendSession(
    new Aura\Session\SegmentFactory,
    new Aura\Session\CsrfTokenFactory(new Aura\Session\Randval),
    new Aura\Session\Phpfunc
);
$segment = $session->getSegment('S');
var_dump($segment->get('k', 'alt'));
$segment->set('k', 'v');
var_dump(session_status() === PHP_SESSION_NONE);
var_dump($_SESSION['S'], $segment->get('k'));
?>
--EXPECT--
string(3) "alt"
bool(true)
array(1) {
  ["k"]=>
  string(1) "v"
}
string(1) "v"
