--TEST--
CsrfToken::getMaskedValue() throws a TypeError when the stored token is not a string, as isValid() does
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$token = $session->getCsrfToken();
$session->getSegment('Aura\Session\CsrfToken')->set('value', 123);
try {
    $token->getMaskedValue();
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
TypeError: Aura\Session\CsrfToken::getMaskedValue(): the stored token must be of type string, int given
