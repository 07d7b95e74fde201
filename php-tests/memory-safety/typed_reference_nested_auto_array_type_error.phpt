--TEST--
A flash bucket that is a reference to a null ?int property: writing below it throws PHP's auto-initialisation TypeError and changes nothing
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session\Session;
class Holder { public ?int $m = null; }
session_start();
$seg = (new Aura\Session\SessionFactory)->newInstance([])->getSegment('y');
$seg->set('warm', 1);
$o = new Holder;
$_SESSION[Session::FLASH_NEXT] = &$o->m;
$_SESSION[Session::FLASH_NOW] = null;
try {
    $seg->setFlash('k', 1);
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($o->m);
?>
--EXPECT--
TypeError: Cannot auto-initialize an array inside a reference held by property Holder::$m of type ?int
NULL
