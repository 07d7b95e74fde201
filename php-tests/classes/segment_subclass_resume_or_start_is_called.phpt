--TEST--
A Segment subclass overriding resumeOrStartSession() has its override called by set(), setFlash() and setFlashNow()
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class CountingSegment extends Aura\Session\Segment
{
    public $calls = 0;
    protected function resumeOrStartSession()
    {
        $this->calls++;
        return parent::resumeOrStartSession();
    }
}
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = new CountingSegment($session, 'S');
$segment->set('k', 'v');
$segment->setFlash('f', 1);
$segment->setFlashNow('n', 2);
var_dump($segment->calls);
var_dump($_SESSION['S'], $segment->getFlash('n'));
?>
--EXPECT--
int(3)
array(1) {
  ["k"]=>
  string(1) "v"
}
int(2)
