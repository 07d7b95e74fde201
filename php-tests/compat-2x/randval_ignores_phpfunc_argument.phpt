--TEST--
Randval built with a Phpfunc, as in 2.x, takes its bytes from random_bytes() and not through that Phpfunc
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class CountingPhpfunc extends Aura\Session\Phpfunc
{
    public int $calls = 0;
    public function __call($func, $args)
    {
        $this->calls++;
        return parent::__call($func, $args);
    }
}
$phpfunc = new CountingPhpfunc;
$randval = new Aura\Session\Randval($phpfunc);
var_dump(strlen($randval->generate()), $phpfunc->calls);
?>
--EXPECT--
int(32)
int(0)
