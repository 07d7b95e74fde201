--TEST--
Session::destroy() returns false and does not call the deleter when session_destroy() fails
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
use Aura\Session\{Session, SegmentFactory, CsrfTokenFactory, Randval, Phpfunc};

class NoDestroyPhpfunc extends Phpfunc
{
    public function __call($func, $args)
    {
        return $func === 'session_destroy' ? false : parent::__call($func, $args);
    }
}

$called = 0;
$session = new Session(new SegmentFactory, new CsrfTokenFactory(new Randval), new NoDestroyPhpfunc, [],
    function () use (&$called) { $called++; });
var_dump($session->destroy());
var_dump($called);
?>
--EXPECT--
bool(false)
int(0)
