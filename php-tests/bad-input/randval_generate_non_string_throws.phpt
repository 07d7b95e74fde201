--TEST--
A user RandvalInterface::generate() that returns a non-string (int, float, null, false, array, object, Stringable object) makes token creation throw Aura\Session\Exception; no token is stored
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session as A;
session_start();
class Text { public function __toString(): string { return 'abc'; } }
class Fixed implements A\RandvalInterface {
    public function __construct(private $value) {}
    public function generate() { return $this->value; }
}
foreach ([12345, 1.5, null, false, ['bytes'], new stdClass, new Text] as $value) {
    $session = new A\Session(new A\SegmentFactory, new A\CsrfTokenFactory(new Fixed($value)), new A\Phpfunc);
    try {
        $session->getCsrfToken()->getValue();
        echo "token created\n";
    } catch (A\Exception $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
    var_dump($_SESSION['Aura\Session\CsrfToken'] ?? 'no segment');
}
echo "still running\n";
?>
--EXPECT--
Aura\Session\Exception: RandvalInterface::generate() must return a non-empty string, int returned
array(0) {
}
Aura\Session\Exception: RandvalInterface::generate() must return a non-empty string, float returned
array(0) {
}
Aura\Session\Exception: RandvalInterface::generate() must return a non-empty string, null returned
array(0) {
}
Aura\Session\Exception: RandvalInterface::generate() must return a non-empty string, bool returned
array(0) {
}
Aura\Session\Exception: RandvalInterface::generate() must return a non-empty string, array returned
array(0) {
}
Aura\Session\Exception: RandvalInterface::generate() must return a non-empty string, stdClass returned
array(0) {
}
Aura\Session\Exception: RandvalInterface::generate() must return a non-empty string, Text returned
array(0) {
}
still running
