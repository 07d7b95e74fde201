--TEST--
Session::resume() on an active session returns true without calling session_start() or reading the cookies
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
use Aura\Session\{Session, SegmentFactory, CsrfTokenFactory, Randval, Phpfunc};

class LogPhpfunc extends Phpfunc
{
    public array $log = [];
    public function __call($func, $args)
    {
        $this->log[] = $func;
        return parent::__call($func, $args);
    }
}

session_start();
$phpfunc = new LogPhpfunc;
$session = new Session(new SegmentFactory, new CsrfTokenFactory(new Randval), $phpfunc, []);
$phpfunc->log = [];
var_dump($session->resume());
var_dump($phpfunc->log);
?>
--EXPECT--
bool(true)
array(2) {
  [0]=>
  string(15) "function_exists"
  [1]=>
  string(14) "session_status"
}
