--TEST--
aura_session.rotate_grace=0 (no grace for a rotated-away id) is a valid setting: no startup warning and no security warning about it
--INI--
session.use_strict_mode=1
session.cookie_httponly=1
session.cookie_samesite=Lax
aura_session.rotate_interval=300
aura_session.rotate_grace=0
--FILE--
<?php
var_dump(ini_get('aura_session.rotate_grace'));
var_dump((new Aura\Session\SessionFactory)->newInstance([])->getSecurityWarnings());
?>
--EXPECT--
string(1) "0"
array(0) {
}
