--TEST--
A user subclass overriding Session::isStarted() is called by segments and by resume()
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
use Aura\Session\{Session, SegmentFactory, CsrfTokenFactory, Randval, Phpfunc};

class MySession extends Session
{
    public int $calls = 0;
    public function isStarted()
    {
        $this->calls++;
        return parent::isStarted();
    }
}

$session = new MySession(new SegmentFactory, new CsrfTokenFactory(new Randval), new Phpfunc, []);
$segment = $session->getSegment('seg');
var_dump($segment->get('k', 'alt'));
var_dump($session->calls); // the segment asks, then resume() asks again
$session->calls = 0;
$segment->set('k', 'v');
var_dump($session->calls >= 1, $segment->get('k'));
?>
--EXPECT--
string(3) "alt"
int(2)
bool(true)
string(1) "v"
