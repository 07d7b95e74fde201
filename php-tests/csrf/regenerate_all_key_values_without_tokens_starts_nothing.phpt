--TEST--
CsrfToken::regenerateAllKeyValues() with no session to resume creates no token and starts nothing
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$session->getCsrfToken()->regenerateAllKeyValues();
var_dump(session_status() === PHP_SESSION_NONE);
var_dump(isset($_SESSION));
?>
--EXPECT--
bool(true)
bool(false)
