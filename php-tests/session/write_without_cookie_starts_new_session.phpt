--TEST--
A segment write in a request without the session cookie starts a session, tries resume first and then start
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

$phpfunc = new LogPhpfunc;
$session = new Session(new SegmentFactory, new CsrfTokenFactory(new Randval), $phpfunc, []);
$segment = $session->getSegment('seg');
$segment->set('k', 'v');
$segment->get('k');
$session->commit();
echo implode("\n", $phpfunc->log), "\n";
?>
--EXPECT--
session_get_cookie_params
function_exists
session_status
function_exists
session_status
session_name
session_start
function_exists
session_status
session_write_close
