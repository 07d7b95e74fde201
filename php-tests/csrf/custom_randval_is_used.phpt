--TEST--
A custom RandvalInterface given to CsrfTokenFactory supplies the token: hash('sha512', generate())
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class FixedRandval implements Aura\Session\RandvalInterface
{
    public $calls = 0;
    public function generate()
    {
        $this->calls++;
        return 'fixed-bytes-' . $this->calls;
    }
}
$randval = new FixedRandval;
$session = new Aura\Session\Session(
    new Aura\Session\SegmentFactory,
    new Aura\Session\CsrfTokenFactory($randval),
    new Aura\Session\Phpfunc,
    []
);
$token = $session->getCsrfToken();
var_dump($token->getValue() === hash('sha512', 'fixed-bytes-1'));
var_dump($token->regenerateValue() === hash('sha512', 'fixed-bytes-2'));
var_dump($token->getValue('x') === hash('sha512', 'fixed-bytes-3'));
var_dump($randval->calls);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
int(3)
