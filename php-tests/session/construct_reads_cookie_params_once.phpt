--TEST--
Session::__construct() reads the cookie params once through Phpfunc; later ini changes are not seen
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
        $this->log[] = $func;
        return parent::__call($func, $args);
    }
}

$phpfunc = new LogPhpfunc;
$session = new Session(new SegmentFactory, new CsrfTokenFactory(new Randval), $phpfunc, []);
$log = $phpfunc->log;
ini_set('session.cookie_path', '/changed');
$session->getCookieParams();
var_dump($log, session_get_cookie_params()['path'], $session->getCookieParams()['path']);
var_dump($phpfunc->log);
?>
--EXPECT--
array(1) {
  [0]=>
  string(25) "session_get_cookie_params"
}
string(8) "/changed"
string(1) "/"
array(1) {
  [0]=>
  string(25) "session_get_cookie_params"
}
