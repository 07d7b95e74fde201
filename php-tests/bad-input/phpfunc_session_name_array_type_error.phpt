--TEST--
A Phpfunc subclass whose session_name() returns an array: getName() returns it, and the cookie lookup throws PHP's "Illegal offset type" TypeError
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session as A;
class FakeName extends A\Phpfunc {
    public function __call($func, $args) {
        return $func === 'session_name' ? ['PHPSESSID'] : parent::__call($func, $args);
    }
}
$session = new A\Session(new A\SegmentFactory, new A\CsrfTokenFactory(new A\Randval), new FakeName, ['PHPSESSID' => 'abc']);
var_dump($session->getName());
foreach (['isResumable' => fn() => $session->isResumable(), 'resume' => fn() => $session->resume(), 'get' => fn() => $session->getSegment('seg')->get('k')] as $name => $call) {
    try {
        $call();
        echo "$name: no exception\n";
    } catch (TypeError $e) {
        echo "$name: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(session_status() === PHP_SESSION_ACTIVE);
echo "still running\n";
?>
--EXPECT--
array(1) {
  [0]=>
  string(9) "PHPSESSID"
}
isResumable: TypeError: Illegal offset type in isset or empty
resume: TypeError: Illegal offset type in isset or empty
get: TypeError: Illegal offset type in isset or empty
bool(false)
still running
