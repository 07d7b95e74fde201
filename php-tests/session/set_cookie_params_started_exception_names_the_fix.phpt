--TEST--
SessionAlreadyStarted from setCookieParams() keeps its class and code 0 and says what to do (the PHP library gives no message)
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$session->start();
try {
    $session->setCookieParams(['lifetime' => 10]);
} catch (Aura\Session\Exception\SessionAlreadyStarted $e) {
    var_dump(get_class($e), $e->getMessage(), $e->getCode());
}
?>
--EXPECT--
string(44) "Aura\Session\Exception\SessionAlreadyStarted"
string(117) "The session has already started, so its cookie parameters can no longer change: call setCookieParams() before start()"
int(0)
