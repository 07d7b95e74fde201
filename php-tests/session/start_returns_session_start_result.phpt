--TEST--
Session::start() returns what session_start() returns and moves no flash when it failed
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
use Aura\Session\{Session, SegmentFactory, CsrfTokenFactory, Randval, Phpfunc};

class FailingStartPhpfunc extends Phpfunc
{
    public function __call($func, $args)
    {
        if ($func === 'session_start') {
            return false;
        }
        return parent::__call($func, $args);
    }
}

$session = new Session(new SegmentFactory, new CsrfTokenFactory(new Randval), new FailingStartPhpfunc);
var_dump($session->start());
var_dump(isset($_SESSION), session_status() === PHP_SESSION_NONE);

$session = (new Aura\Session\SessionFactory)->newInstance([]);
var_dump($session->start());
var_dump(session_status() === PHP_SESSION_ACTIVE);
?>
--EXPECT--
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
