--TEST--
ini_set('aura_session.trusted_origins') with comma-separated origins or entries that are not scheme://host[:port] returns false, names each bad entry, and keeps the value
--FILE--
<?php
ini_set('aura_session.trusted_origins', 'https://a.example');
var_dump(ini_set('aura_session.trusted_origins', 'https://a.example,https://b.example'));
var_dump(ini_set('aura_session.trusted_origins', 'https://c.example * null https://c.example:0'));
var_dump(ini_get('aura_session.trusted_origins'));
?>
--EXPECTF--
Warning: ini_set(): aura_session.trusted_origins: "https://a.example,https://b.example" is not a list of origins: "https://a.example,https://b.example" holds a comma (separate origins with spaces); the setting keeps its value in %s on line %d
bool(false)

Warning: ini_set(): aura_session.trusted_origins: "https://c.example * null https://c.example:0" is not a list of origins: "*" is not scheme://host[:port]; "null" is not scheme://host[:port]; "https://c.example:0" is not scheme://host[:port]; the setting keeps its value in %s on line %d
bool(false)
string(17) "https://a.example"
