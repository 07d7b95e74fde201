--TEST--
CsrfToken::isValid() with no token yet creates one (starting the session) and returns false
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$token = $session->getCsrfToken();
var_dump(session_status() === PHP_SESSION_NONE);
var_dump($token->isValid('guess'));
var_dump(session_status() === PHP_SESSION_ACTIVE);
var_dump(strlen($_SESSION['Aura\Session\CsrfToken']['value']));
?>
--EXPECT--
bool(true)
bool(false)
bool(true)
int(128)
