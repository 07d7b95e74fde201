--TEST--
A user RandvalInterface implementation's generate() is called for every token
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class ListRandval implements Aura\Session\RandvalInterface
{
    private $values = ['one', 'two'];
    function generate() { echo "generate\n"; return array_shift($this->values); }
}
ob_start();
$factory = new Aura\Session\CsrfTokenFactory(new ListRandval);
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$token = $factory->newInstance($session);
$a = $token->getValue('a');
$b = $token->getValue('b');
var_dump($a === hash('sha512', 'one'), $b === hash('sha512', 'two'));
ob_end_flush();
?>
--EXPECT--
generate
generate
bool(true)
bool(true)
