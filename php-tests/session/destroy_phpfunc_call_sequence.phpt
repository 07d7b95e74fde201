--TEST--
Session::destroy() on a session not yet started: isStarted, session_start, session_name, session_unset, session_destroy, then the deleter
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
    public function setcookie(...$args)
    {
        $this->log[] = 'setcookie';
        return true;
    }
}

$phpfunc = new LogPhpfunc;
$session = new Session(new SegmentFactory, new CsrfTokenFactory(new Randval), $phpfunc);
var_dump($session->destroy());
echo implode("\n", $phpfunc->log), "\n";
?>
--EXPECT--
bool(true)
session_get_cookie_params
function_exists
session_status
session_start
session_name
session_unset
session_destroy
setcookie
