--TEST--
A Phpfunc subclass whose session_status() returns the string '2' (or 2.0) does not count as an active session: the check is strict, as in the PHP library
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session as A;
class FakeStatus extends A\Phpfunc {
    public function __construct(private $status) {}
    public function __call($func, $args) {
        return $func === 'session_status' ? $this->status : parent::__call($func, $args);
    }
}
foreach (['2', 2.0, true, 2] as $status) {
    $session = new A\Session(new A\SegmentFactory, new A\CsrfTokenFactory(new A\Randval), new FakeStatus($status));
    echo var_export($status, true), ': ';
    var_dump($session->isStarted());
}
echo "still running\n";
?>
--EXPECT--
'2': bool(false)
2.0: bool(false)
true: bool(false)
2: bool(true)
still running
