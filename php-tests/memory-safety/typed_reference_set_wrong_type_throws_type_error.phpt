--TEST--
set() through a reference bound to an int property throws PHP's TypeError and leaves the property an int
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class Holder { public int $n = 1; }
session_start();
$seg = (new Aura\Session\SessionFactory)->newInstance([])->getSegment('x');
$seg->set('warm', 1);
$o = new Holder;
$_SESSION['x']['n'] = &$o->n;
try {
    $seg->set('n', 'abc');
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($o->n);
?>
--EXPECT--
TypeError: Cannot assign string to reference held by property Holder::$n of type int
int(1)
