--TEST--
Session::setCookieParams() on an active session throws Exception\SessionAlreadyStarted, catchable as \Exception
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$session->start();
try {
    $session->setCookieParams(['lifetime' => 10]);
    echo "no exception\n";
} catch (Exception $e) {
    var_dump(get_class($e), $e instanceof Aura\Session\Exception);
}
?>
--EXPECT--
string(44) "Aura\Session\Exception\SessionAlreadyStarted"
bool(true)
