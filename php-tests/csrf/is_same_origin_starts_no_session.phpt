--TEST--
CsrfToken::isSameOrigin() neither starts a session nor creates a token
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
var_dump($token->isSameOrigin(['REQUEST_METHOD' => 'POST', 'HTTP_SEC_FETCH_SITE' => 'same-origin']));
var_dump(session_status() === PHP_SESSION_NONE, isset($_SESSION));
?>
--EXPECT--
bool(true)
bool(true)
bool(false)
