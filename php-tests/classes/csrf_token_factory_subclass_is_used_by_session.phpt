--TEST--
Session::getCsrfToken() calls newInstance() of a CsrfTokenFactory subclass once and caches its result
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class CountingCsrfFactory extends Aura\Session\CsrfTokenFactory
{
    public $calls = 0;
    function newInstance($session) { $this->calls++; return parent::newInstance($session); }
}
$factory = new CountingCsrfFactory(new Aura\Session\Randval);
$session = new Aura\Session\Session(new Aura\Session\SegmentFactory, $factory, new Aura\Session\Phpfunc);
$a = $session->getCsrfToken();
$b = $session->getCsrfToken();
var_dump($a === $b, get_class($a), $factory->calls);
?>
--EXPECT--
bool(true)
string(22) "Aura\Session\CsrfToken"
int(1)
