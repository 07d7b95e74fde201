--TEST--
A fatal error in the destructor of a collaborator the session let go of while the extension still held it for the call ends the request with PHP's own fatal error
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
require __DIR__ . '/user_fatal.inc';
class ForgetfulSession extends Aura\Session\Session
{
    function forgetTokenFactory() { $this->csrf_token_factory = null; }
}
class DyingFactory extends Aura\Session\CsrfTokenFactory
{
    function newInstance(Aura\Session\Session $session)
    {
        $session->forgetTokenFactory();
        echo "the session let go of its factory\n";
        return parent::newInstance($session);
    }
    function __destruct() { echo "destructor\n"; user_fatal('factory destructor failed hard'); }
}
register_shutdown_function(function () { echo "shutdown ran\n"; });
$randval = new Aura\Session\Randval(new Aura\Session\Phpfunc);
$session = new ForgetfulSession(new Aura\Session\SegmentFactory, new DyingFactory($randval), new Aura\Session\Phpfunc, []);
$session->getCsrfToken();
echo "not reached\n";
?>
--EXPECTF--
the session let go of its factory
destructor

Fatal error: factory destructor failed hard in %s on line %d
shutdown ran
