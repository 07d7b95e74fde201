--TEST--
A fatal error in the destructor of a result the extension only tests for truth (session_start() from a Phpfunc subclass) ends the request before anything more is written, as in the PHP library
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
require __DIR__ . '/user_fatal.inc';
class FatalDestructor { function __destruct() { echo "destructor\n"; user_fatal('destructor failed hard'); } }
class FakeStart extends Aura\Session\Phpfunc
{
    function session_start() { return new FatalDestructor; }
}
register_shutdown_function(function () { echo "shutdown: ", implode(', ', array_keys($_SESSION)), "\n"; });
$randval = new Aura\Session\Randval(new Aura\Session\Phpfunc);
$session = new Aura\Session\Session(new Aura\Session\SegmentFactory, new Aura\Session\CsrfTokenFactory($randval), new FakeStart, []);
$session->getSegment('seg')->set('k', 1);
echo "not reached\n";
?>
--EXPECTF--
destructor

Fatal error: destructor failed hard in %s on line %d
shutdown: Aura\Session\Flash\Next, Aura\Session\Flash\Now
