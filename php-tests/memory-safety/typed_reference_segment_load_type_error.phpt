--TEST--
A segment whose slot is a reference to a null ?int property: loading it throws PHP's TypeError, as the library's load() assignment does
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class Holder { public ?int $m = null; }
session_start();
$o = new Holder;
$_SESSION['y'] = &$o->m;
$seg = (new Aura\Session\SessionFactory)->newInstance([])->getSegment('y');
try {
    $seg->set('k', 1);
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($o->m);
?>
--EXPECT--
TypeError: Cannot assign array to reference held by property Holder::$m of type ?int
NULL
