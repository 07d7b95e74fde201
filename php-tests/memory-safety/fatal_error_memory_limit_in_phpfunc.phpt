--TEST--
Exhausting memory_limit inside a call back into PHP ends the request with PHP's own fatal error
--SKIPIF--
<?php if (getenv('USE_ZEND_ALLOC') === '0') die('skip memory_limit needs the engine allocator'); ?>
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session\{CsrfTokenFactory, Phpfunc, Randval, SegmentFactory, Session};
class GreedyPhpfunc extends Phpfunc {
    public function __call($func, $args) {
        if ($func === 'session_start') {
            ini_set('memory_limit', '8M');
            $hog = str_repeat('x', 16 << 20);
        }
        return parent::__call($func, $args);
    }
}
register_shutdown_function(function () { echo "shutdown ran\n"; });
$phpfunc = new GreedyPhpfunc;
$session = new Session(new SegmentFactory, new CsrfTokenFactory(new Randval($phpfunc)), $phpfunc, []);
$session->getSegment('x')->set('a', 1);
echo "not reached\n";
?>
--EXPECTF--
Fatal error: Allowed memory size of %d bytes exhausted %s
shutdown ran
