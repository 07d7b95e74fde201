--TEST--
CsrfToken::isSameOrigin() without an argument, or with null, reads the current $_SERVER
--ENV--
HTTP_HOST=example.com
HTTP_SEC_FETCH_SITE=cross-site
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
var_dump($_SERVER['REQUEST_METHOD'], $token->isSameOrigin());
$_SERVER['REQUEST_METHOD'] = 'POST';
var_dump($token->isSameOrigin(), $token->isSameOrigin(null));
$_SERVER['HTTP_SEC_FETCH_SITE'] = 'same-origin';
var_dump($token->isSameOrigin());
?>
--EXPECT--
string(3) "GET"
bool(true)
bool(false)
bool(false)
bool(true)
