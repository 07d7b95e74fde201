--TEST--
A Segment given a Session subclass calls the subclass's isStarted(), resume() and start()
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class SpySession extends Aura\Session\Session
{
    public $log = [];
    function isStarted() { $this->log[] = 'isStarted'; return parent::isStarted(); }
    function resume() { $this->log[] = 'resume'; return parent::resume(); }
    function start() { $this->log[] = 'start'; return parent::start(); }
}
$session = new SpySession(
    new Aura\Session\SegmentFactory,
    new Aura\Session\CsrfTokenFactory(new Aura\Session\Randval),
    new Aura\Session\Phpfunc
);
$segment = $session->getSegment('S');
$segment->get('k');
var_dump(in_array('isStarted', $session->log), in_array('resume', $session->log), in_array('start', $session->log));
$session->log = [];
$segment->set('k', 'v');
var_dump(in_array('start', $session->log));
var_dump($_SESSION['S']);
?>
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(true)
array(1) {
  ["k"]=>
  string(1) "v"
}
