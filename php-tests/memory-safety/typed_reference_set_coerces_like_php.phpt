--TEST--
set(), setFlash() and clear() through references bound to typed properties coerce as a plain PHP assignment does
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session\Session;
class Holder { public int $n = 1; public float $f = 0.5; public array $a = ['old' => 1]; }
session_start();
$seg = (new Aura\Session\SessionFactory)->newInstance([])->getSegment('x');
$seg->set('warm', 1);
$o = new Holder;
$_SESSION['x']['n'] = &$o->n;
$_SESSION[Session::FLASH_NEXT]['x']['f'] = &$o->f;
$seg->set('n', '42');
$seg->setFlash('f', 3);
var_dump($o->n, $o->f);
$_SESSION['x'] = &$o->a;
$seg->clear();
var_dump($o->a);
?>
--EXPECT--
int(42)
float(3)
array(0) {
}
