--TEST--
Segment::get() with a float key answers isset() from the state before the error handler ran, and reads the value as the handler left it: a key it adds is not seen, a value it changes is
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
session_start();
$segment = (new Aura\Session\SessionFactory)->newInstance([])->getSegment('seg');
$segment->set(1, 'before');
$calls = 0;
set_error_handler(function (int $no, string $message) use (&$calls): bool {
    echo "Deprecated: $message\n";
    if (++$calls === 1) {
        $_SESSION['seg'][1] = 'changed by the handler';
    }
    return true;
});
var_dump($segment->get(1.5));
$calls = 0;
set_error_handler(function (int $no, string $message) use (&$calls): bool {
    echo "Deprecated: $message\n";
    if (++$calls === 1) {
        $_SESSION['seg'][2] = 'added by the handler';
    }
    return true;
});
var_dump($segment->get(2.5, 'alt'), $_SESSION['seg'][2]);
?>
--EXPECT--
Deprecated: Implicit conversion from float 1.5 to int loses precision
Deprecated: Implicit conversion from float 1.5 to int loses precision
string(22) "changed by the handler"
Deprecated: Implicit conversion from float 2.5 to int loses precision
string(3) "alt"
string(20) "added by the handler"
