--TEST--
A Phpfunc subclass whose session_start() returns false makes segment writes throw Aura\Session\Exception; any other answer (0, '', null: a test double's) is taken as started and the write lands in $_SESSION, as in the library
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session as A;
class FakeStart extends A\Phpfunc {
    public function __construct(private $result) {}
    public function __call($func, $args) {
        return match ($func) {
            'session_start' => $this->result,
            'session_status' => PHP_SESSION_NONE,
            default => parent::__call($func, $args),
        };
    }
}
foreach ([false, 0, '', null] as $result) {
    $session = new A\Session(new A\SegmentFactory, new A\CsrfTokenFactory(new A\Randval), new FakeStart($result));
    try {
        $session->getSegment('seg')->set('k', 'v');
        echo var_export($result, true), ': written ', json_encode($_SESSION['seg']), "\n";
        unset($_SESSION);
    } catch (A\Exception $e) {
        echo var_export($result, true), ': ', $e->getMessage(), "\n";
    }
}
var_dump(isset($_SESSION));
echo "still running\n";
?>
--EXPECT--
false: Cannot start the session (session_start() failed), so nothing was written to it
0: written {"k":"v"}
'': written {"k":"v"}
NULL: written {"k":"v"}
bool(false)
still running
