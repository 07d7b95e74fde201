--TEST--
A fatal error inside the destructor of a value a user segment's set() returns, which CsrfToken discards, ends the request with PHP's own fatal error
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
require __DIR__ . '/user_fatal.inc';
class FatalDestructor { function __destruct() { user_fatal('destructor failed hard'); } }
class ReturningSegment extends Aura\Session\Segment
{
    function set($key, $val) { parent::set($key, $val); return new FatalDestructor; }
}
register_shutdown_function(function () { echo "shutdown ran\n"; });
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$token = new Aura\Session\CsrfToken(new ReturningSegment($session, 'csrf'), new Aura\Session\Randval(new Aura\Session\Phpfunc));
$token->regenerateValue();
echo "not reached\n";
?>
--EXPECTF--
Fatal error: destructor failed hard in %s on line %d
shutdown ran
