--TEST--
A Phpfunc subclass's own methods and __call() override are what the Session calls
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class SpyPhpfunc extends Aura\Session\Phpfunc
{
    public $log = [];
    function session_start() { $this->log[] = 'method session_start'; return session_start(); }
    function __call($func, $args) { $this->log[] = "__call $func"; return parent::__call($func, $args); }
}
$php = new SpyPhpfunc;
$session = new Aura\Session\Session(
    new Aura\Session\SegmentFactory,
    new Aura\Session\CsrfTokenFactory(new Aura\Session\Randval),
    $php
);
$session->getSegment('S')->set('k', 'v');
var_dump(in_array('__call session_get_cookie_params', $php->log, true));
var_dump(in_array('method session_start', $php->log, true));
var_dump(in_array('__call session_start', $php->log, true));
var_dump(in_array('__call session_status', $php->log, true));
var_dump(session_status() === PHP_SESSION_ACTIVE);
?>
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
