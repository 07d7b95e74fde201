--TEST--
aura_session.api is 4 by default and, being PHP_INI_SYSTEM, cannot change at run time: ini_set() returns false
--FILE--
<?php
var_dump(ini_get('aura_session.api'));
var_dump(ini_set('aura_session.api', '6'));
var_dump(ini_get('aura_session.api'), ini_get_all('aura_session')['aura_session.api']['access'] === INI_SYSTEM);
?>
--EXPECT--
string(1) "4"
bool(false)
string(1) "4"
bool(true)
