--TEST--
Phpfunc calling a function that does not exist throws a catchable TypeError, as call_user_func_array() does
--FILE--
<?php
$php = new Aura\Session\Phpfunc;
try {
    $php->no_such_function_anywhere();
    echo "no exception\n";
} catch (Error $e) {
    var_dump(get_class($e));
    var_dump(str_contains($e->getMessage(), 'no_such_function_anywhere'));
}
echo "still running\n";
?>
--EXPECT--
string(9) "TypeError"
bool(true)
still running
