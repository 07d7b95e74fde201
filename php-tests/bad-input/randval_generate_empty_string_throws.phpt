--TEST--
A user RandvalInterface::generate() that returns '' makes getValue() and regenerateValue() throw Aura\Session\Exception; no token is stored
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session as A;
session_start();
class Empty_ implements A\RandvalInterface {
    public function generate() { return ''; }
}
$session = new A\Session(new A\SegmentFactory, new A\CsrfTokenFactory(new Empty_), new A\Phpfunc);
foreach (['getValue', 'regenerateValue'] as $method) {
    try {
        $session->getCsrfToken()->$method();
        echo "$method: token created\n";
    } catch (A\Exception $e) {
        echo "$method: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump($_SESSION['Aura\Session\CsrfToken'] ?? 'no segment');
echo "still running\n";
?>
--EXPECT--
getValue: Aura\Session\Exception: RandvalInterface::generate() must return a non-empty string, an empty string returned
regenerateValue: Aura\Session\Exception: RandvalInterface::generate() must return a non-empty string, an empty string returned
array(0) {
}
still running
