--TEST--
SessionAlreadyStarted from setCookieParams() carries no message, as in the PHP library
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
string(0) ""
int(0)
