--TEST--
An exception from a Phpfunc subclass's session_regenerate_id() propagates from regenerateId() and the CSRF token is not rotated
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session as A;
class BrokenRegenerate extends A\Phpfunc {
    public function __call($func, $args) {
        if ($func === 'session_regenerate_id') {
            throw new LogicException('cannot regenerate');
        }
        return parent::__call($func, $args);
    }
}
$session = new A\Session(new A\SegmentFactory, new A\CsrfTokenFactory(new A\Randval), new BrokenRegenerate);
$token = $session->getCsrfToken()->getValue();
try {
    $session->regenerateId();
} catch (LogicException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($session->getCsrfToken()->getValue() === $token);
echo "still running\n";
?>
--EXPECT--
LogicException: cannot regenerate
bool(true)
still running
