--TEST--
aura_session.trusted_origins holding an origin with a trailing slash is refused whole at startup: a warning names the entry, and no origin is trusted
--INI--
aura_session.trusted_origins="https://app.example/ https://ok.example"
--FILE--
<?php
var_dump(ini_get('aura_session.trusted_origins'));
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
var_dump($token->isSameOrigin(['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => 'cross-site', 'HTTP_ORIGIN' => 'https://ok.example']));
?>
--EXPECT--
Warning: PHP Startup: aura_session.trusted_origins: "https://app.example/ https://ok.example" is not a list of origins: "https://app.example/" has a path (an origin is scheme://host[:port], without even a trailing slash); the default (empty) applies in Unknown on line 0
string(0) ""
bool(false)
