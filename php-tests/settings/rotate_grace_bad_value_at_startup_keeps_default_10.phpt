--TEST--
A refused php.ini value of aura_session.rotate_grace leaves its default of 10 seconds, not 0
--INI--
aura_session.rotate_grace=30s
--FILE--
<?php
var_dump(ini_get('aura_session.rotate_grace'));
?>
--EXPECT--
Warning: PHP Startup: aura_session.rotate_grace: "30s" is not a whole number of seconds (digits only, such as 0 or 1800); the default 10 applies in Unknown on line 0
string(2) "10"
