--TEST--
Session::isStarted() asks Phpfunc function_exists('session_status') and then session_status()
--INI--
session.use_cookies=0
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
var_dump($session->isStarted());
echo json_encode($phpfunc->log), "\n";
?>
--EXPECT--
bool(false)
[["function_exists",["session_status"]],["session_status",[]]]
