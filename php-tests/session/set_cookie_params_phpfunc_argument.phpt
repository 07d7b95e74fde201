--TEST--
Session::setCookieParams() checks isStarted() and hands the whole merged array to Phpfunc session_set_cookie_params()
--INI--
session.use_cookies=1
--FILE--
<?php
use Aura\Session\{Session, SegmentFactory, CsrfTokenFactory, Randval, Phpfunc};

class LogPhpfunc extends Phpfunc
{
    public array $log = [];
    public function __call($func, $args)
    {
        $this->log[] = [$func, $args];
        return parent::__call($func, $args);
    }
}

$phpfunc = new LogPhpfunc;
$session = new Session(new SegmentFactory, new CsrfTokenFactory(new Randval), $phpfunc);
$phpfunc->log = [];
$session->setCookieParams(['domain' => 'example.net']);
var_dump(ini_get('session.cookie_domain'));
echo json_encode($phpfunc->log), "\n";
?>
--EXPECT--
string(11) "example.net"
[["function_exists",["session_status"]],["session_status",[]],["session_set_cookie_params",[{"lifetime":0,"path":"\/","domain":"example.net","secure":false,"httponly":false,"samesite":""}]]]
