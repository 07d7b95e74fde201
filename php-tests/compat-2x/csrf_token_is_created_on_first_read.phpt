--TEST--
Unlike 2.x, getCsrfToken() creates no token and starts no session; the first getValue() does both
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$csrf = $session->getCsrfToken();
var_dump($session->isStarted(), isset($_SESSION));
$value = $csrf->getValue();
var_dump($session->isStarted(), $_SESSION['Aura\Session\CsrfToken']['value'] === $value);
?>
--EXPECT--
bool(false)
bool(false)
bool(true)
bool(true)
