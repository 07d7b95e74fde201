--TEST--
A fatal error inside a RandvalInterface's generate() called for a CSRF token ends the request with PHP's own fatal error
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
require __DIR__ . '/user_fatal.inc';
use Aura\Session\{CsrfTokenFactory, Phpfunc, RandvalInterface, SegmentFactory, Session};
class FatalRandval implements RandvalInterface {
    public function generate() { user_fatal('no randomness'); }
}
register_shutdown_function(function () { echo "shutdown ran\n"; });
$session = new Session(new SegmentFactory, new CsrfTokenFactory(new FatalRandval), new Phpfunc, []);
$session->getCsrfToken()->getValue();
echo "not reached\n";
?>
--EXPECTF--
Fatal error: no randomness in %s on line %d
shutdown ran
