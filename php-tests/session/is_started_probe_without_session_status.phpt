--TEST--
Session::isStarted() falls back to the use_trans_sid probe when Phpfunc says session_status does not exist
--INI--
session.use_cookies=0
session.cache_limiter=
error_reporting=-1
--FILE--
<?php
use Aura\Session\{Session, SegmentFactory, CsrfTokenFactory, Randval, Phpfunc};

class NoStatusPhpfunc extends Phpfunc
{
    public array $log = [];
    public function __call($func, $args)
    {
        $this->log[] = $func;
        if ($func === 'function_exists' && $args[0] === 'session_status') {
            return false;
        }
        return parent::__call($func, $args);
    }
}

$phpfunc = new NoStatusPhpfunc;
$session = new Session(new SegmentFactory, new CsrfTokenFactory(new Randval), $phpfunc);
var_dump($session->isStarted());
session_start();
var_dump($session->isStarted());
var_dump(in_array('session_status', $phpfunc->log, true));
var_dump(ini_get('session.use_trans_sid'), error_reporting());
?>
--EXPECT--
bool(false)
bool(true)
bool(false)
string(1) "0"
int(-1)
