--TEST--
An exception from a Phpfunc subclass's session_get_cookie_params(), called by the Session constructor, propagates out of new Session
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session as A;
class BrokenParams extends A\Phpfunc {
    public function __call($func, $args) {
        if ($func === 'session_get_cookie_params') {
            throw new LogicException('no params');
        }
        return parent::__call($func, $args);
    }
}
try {
    new A\Session(new A\SegmentFactory, new A\CsrfTokenFactory(new A\Randval), new BrokenParams);
    echo "constructed\n";
} catch (LogicException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo "still running\n";
?>
--EXPECT--
LogicException: no params
still running
