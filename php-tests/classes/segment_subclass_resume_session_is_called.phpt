--TEST--
A Segment subclass overriding resumeSession() has its override called by get() and set()
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class LoggingSegment extends Aura\Session\Segment
{
    protected function resumeSession()
    {
        echo "resumeSession\n";
        return parent::resumeSession();
    }
}
ob_start();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = new LoggingSegment($session, 'S');
var_dump($segment->get('k', 'alt'));
$segment->set('k', 'v');
var_dump($segment->get('k'));
ob_end_flush();
?>
--EXPECT--
resumeSession
string(3) "alt"
resumeSession
resumeSession
string(1) "v"
