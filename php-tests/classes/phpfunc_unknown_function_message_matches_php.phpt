--TEST--
Phpfunc calling an unknown function throws the same TypeError message as call_user_func_array()
--FILE--
<?php
try {
    (new Aura\Session\Phpfunc)->no_such_function_anywhere('arg');
} catch (TypeError $e) {
    $native = $e->getMessage();
}
try {
    call_user_func_array('no_such_function_anywhere', ['arg']);
} catch (TypeError $e) {
    $php = $e->getMessage();
}
var_dump($native === $php);
echo $native, "\n";
?>
--EXPECT--
bool(true)
call_user_func_array(): Argument #1 ($callback) must be a valid callback, function "no_such_function_anywhere" not found or invalid function name
