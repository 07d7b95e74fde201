--TEST--
A user RandvalInterface::generate() that returns an object of an anonymous class still gets Aura\Session\Exception, not an internal error
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session as A;
class Fixed implements A\RandvalInterface {
    public function generate() { return new class {}; }
}
$session = new A\Session(new A\SegmentFactory, new A\CsrfTokenFactory(new Fixed), new A\Phpfunc);
try {
    $session->getCsrfToken()->getValue();
    echo "token created\n";
} catch (Throwable $e) {
    echo get_class($e), "\n";
    var_dump(str_starts_with($e->getMessage(), 'RandvalInterface::generate() must return a non-empty string'));
}
echo "still running\n";
?>
--EXPECT--
Aura\Session\Exception
bool(true)
still running
