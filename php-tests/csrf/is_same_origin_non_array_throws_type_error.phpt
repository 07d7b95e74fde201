--TEST--
CsrfToken::isSameOrigin() with something other than an array or null throws a TypeError
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
foreach (['x', 1, true, new ArrayObject([])] as $server) {
    try {
        $token->isSameOrigin($server);
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
Aura\Session\CsrfToken::isSameOrigin(): Argument #1 ($server) must be of type ?array, string given
Aura\Session\CsrfToken::isSameOrigin(): Argument #1 ($server) must be of type ?array, int given
Aura\Session\CsrfToken::isSameOrigin(): Argument #1 ($server) must be of type ?array, bool given
Aura\Session\CsrfToken::isSameOrigin(): Argument #1 ($server) must be of type ?array, ArrayObject given
