--TEST--
CsrfToken::isValid() with a string against a stored non-string token throws the TypeError hash_equals() gives
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$session->getSegment('Aura\Session\CsrfToken')->set('value', 12345);
$token = $session->getCsrfToken();
try {
    $token->isValid('12345');
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($token->isValid(['12345']));
?>
--EXPECT--
TypeError: hash_equals(): Argument #2 ($user_string) must be of type string, int given
bool(false)
