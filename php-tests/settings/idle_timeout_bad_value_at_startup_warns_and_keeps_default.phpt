--TEST--
A php.ini (-d) value of aura_session.idle_timeout that is not a whole number of seconds gives a startup warning naming it, and the default 0 applies
--INI--
aura_session.idle_timeout=abc
--FILE--
<?php
var_dump(ini_get('aura_session.idle_timeout'));
?>
--EXPECT--
Warning: PHP Startup: aura_session.idle_timeout: "abc" is not a whole number of seconds (digits only, such as 0 or 1800); the default 0 applies in Unknown on line 0
string(1) "0"
