--TEST--
aura_session.trusted_origins changed with ini_set() applies to the next isSameOrigin() call
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
$server = ['REQUEST_METHOD' => 'POST', 'HTTP_SEC_FETCH_SITE' => 'cross-site', 'HTTP_ORIGIN' => 'https://app.example'];
var_dump($token->isSameOrigin($server));
var_dump(ini_set('aura_session.trusted_origins', 'https://app.example'));
var_dump($token->isSameOrigin($server));
ini_restore('aura_session.trusted_origins');
var_dump($token->isSameOrigin($server));
?>
--EXPECT--
bool(false)
string(0) ""
bool(true)
bool(false)
