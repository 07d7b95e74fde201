--TEST--
An exception thrown by a Phpfunc subclass's session_start() propagates from a segment write and nothing is written
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session as A;
class BrokenStart extends A\Phpfunc {
    public function __call($func, $args) {
        if ($func === 'session_start') {
            throw new LogicException('no sessions today');
        }
        return parent::__call($func, $args);
    }
}
$session = new A\Session(new A\SegmentFactory, new A\CsrfTokenFactory(new A\Randval), new BrokenStart);
$segment = $session->getSegment('seg');
try {
    $segment->set('k', 'v');
    echo "written\n";
} catch (LogicException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(isset($_SESSION), session_status() === PHP_SESSION_ACTIVE);
echo "still running\n";
?>
--EXPECT--
LogicException: no sessions today
bool(false)
bool(false)
still running
