--TEST--
Session::setCookieParams() after the session started throws SessionAlreadyStarted and changes nothing
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$before = $session->getCookieParams();
$session->start();
try {
    $session->setCookieParams(['lifetime' => 99]);
    echo "no exception\n";
} catch (Aura\Session\Exception\SessionAlreadyStarted $e) {
    var_dump(get_class($e), $e instanceof Aura\Session\Exception, $e instanceof \Exception);
}
var_dump($session->getCookieParams() === $before, session_get_cookie_params()['lifetime']);
?>
--EXPECT--
string(44) "Aura\Session\Exception\SessionAlreadyStarted"
bool(true)
bool(true)
bool(true)
int(0)
