--TEST--
An exception thrown by a user RandvalInterface::generate() propagates from getValue(), regenerateValue() and isValid(); no token is stored
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session as A;
session_start();
class NoEntropy implements A\RandvalInterface {
    public function generate() { throw new RangeException('entropy pool empty'); }
}
$session = new A\Session(new A\SegmentFactory, new A\CsrfTokenFactory(new NoEntropy), new A\Phpfunc);
$token = $session->getCsrfToken();
foreach (['getValue' => fn() => $token->getValue(), 'regenerateValue' => fn() => $token->regenerateValue(), 'isValid' => fn() => $token->isValid('x')] as $name => $call) {
    try {
        $call();
        echo "$name: no exception\n";
    } catch (RangeException $e) {
        echo "$name: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump($_SESSION['Aura\Session\CsrfToken'] ?? 'no segment');
echo "still running\n";
?>
--EXPECT--
getValue: RangeException: entropy pool empty
regenerateValue: RangeException: entropy pool empty
isValid: RangeException: entropy pool empty
array(0) {
}
still running
