--TEST--
An exception thrown by a Phpfunc subclass's session_status() propagates from isStarted() and from segment reads
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session as A;
class BrokenStatus extends A\Phpfunc {
    public function __call($func, $args) {
        if ($func === 'session_status') {
            throw new LogicException('status unavailable');
        }
        return parent::__call($func, $args);
    }
}
$session = new A\Session(new A\SegmentFactory, new A\CsrfTokenFactory(new A\Randval), new BrokenStatus);
foreach (['isStarted' => fn() => $session->isStarted(), 'get' => fn() => $session->getSegment('seg')->get('k')] as $name => $call) {
    try {
        $call();
        echo "$name: no exception\n";
    } catch (LogicException $e) {
        echo "$name: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
echo "still running\n";
?>
--EXPECT--
isStarted: LogicException: status unavailable
get: LogicException: status unavailable
still running
