--TEST--
Phpfunc::__call() with a function name containing a NUL byte throws TypeError like call_user_func_array(), not an internal error
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
try {
    (new Aura\Session\Phpfunc)->__call("str\0len", ['abc']);
    echo "called\n";
} catch (Throwable $e) {
    echo get_class($e), "\n";
}
try {
    call_user_func_array("str\0len", ['abc']);
} catch (Throwable $e) {
    echo get_class($e), "\n";
}
echo "still running\n";
?>
--EXPECT--
TypeError
TypeError
still running
