--TEST--
A fatal error inside a Phpfunc subclass's session_start() ends the request with PHP's own fatal error
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
require __DIR__ . '/user_fatal.inc';
use Aura\Session\{CsrfTokenFactory, Phpfunc, Randval, SegmentFactory, Session};
class FatalPhpfunc extends Phpfunc {
    public function __call($func, $args) {
        if ($func === 'session_start') {
            user_fatal('session_start failed hard');
        }
        return parent::__call($func, $args);
    }
}
register_shutdown_function(function () { echo "shutdown ran\n"; });
$phpfunc = new FatalPhpfunc;
$session = new Session(new SegmentFactory, new CsrfTokenFactory(new Randval($phpfunc)), $phpfunc, []);
$session->getSegment('x')->set('a', 1);
echo "not reached\n";
?>
--EXPECTF--
Fatal error: session_start failed hard in %s on line %d
shutdown ran
