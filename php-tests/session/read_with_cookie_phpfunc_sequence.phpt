--TEST--
A segment read in a request carrying the cookie calls isStarted twice, session_name, then session_start through Phpfunc
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
use Aura\Session\{Session, SessionFactory, SegmentFactory, CsrfTokenFactory, Randval, Phpfunc};

class LogPhpfunc extends Phpfunc
{
    public array $log = [];
    public function __call($func, $args)
    {
        $this->log[] = $func;
        return parent::__call($func, $args);
    }
}

$session = (new SessionFactory)->newInstance([]);
$session->getSegment('seg')->set('k', 'v');
$id = $session->getId();
$session->commit();

$_SESSION = [];
session_id($id);
$phpfunc = new LogPhpfunc;
$session = new Session(new SegmentFactory, new CsrfTokenFactory(new Randval), $phpfunc, [session_name() => $id]);
$value = $session->getSegment('seg')->get('k');
$log = $phpfunc->log;
var_dump($value);
echo implode("\n", $log), "\n";
?>
--EXPECT--
string(1) "v"
session_get_cookie_params
function_exists
session_status
function_exists
session_status
session_name
session_start
