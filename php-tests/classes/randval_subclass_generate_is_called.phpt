--TEST--
A Randval subclass overriding generate() supplies the CSRF token bytes
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class PredictableRandval extends Aura\Session\Randval
{
    function generate() { return 'not random at all'; }
}
$session = new Aura\Session\Session(
    new Aura\Session\SegmentFactory,
    new Aura\Session\CsrfTokenFactory(new PredictableRandval),
    new Aura\Session\Phpfunc
);
var_dump($session->getCsrfToken()->getValue() === hash('sha512', 'not random at all'));
?>
--EXPECT--
bool(true)
