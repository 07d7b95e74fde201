--TEST--
An exception from a Phpfunc subclass's session_destroy() propagates from destroy() after the data was cleared; the delete-cookie callable is not called
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session as A;
class BrokenDestroy extends A\Phpfunc {
    public function __call($func, $args) {
        if ($func === 'session_destroy') {
            throw new LogicException('cannot destroy');
        }
        return parent::__call($func, $args);
    }
}
$session = new A\Session(new A\SegmentFactory, new A\CsrfTokenFactory(new A\Randval), new BrokenDestroy, [], function () {
    echo "deleter called\n";
});
$session->getSegment('seg')->set('k', 'v');
try {
    $session->destroy();
} catch (LogicException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($_SESSION, session_status() === PHP_SESSION_ACTIVE);
echo "still running\n";
?>
--EXPECT--
LogicException: cannot destroy
array(0) {
}
bool(true)
still running
