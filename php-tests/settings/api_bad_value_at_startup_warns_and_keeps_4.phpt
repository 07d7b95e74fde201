--TEST--
aura_session.api other than 4, 6 or 7 gives a startup warning, and the default 4 applies
--INI--
aura_session.api=5
--FILE--
<?php
var_dump(ini_get('aura_session.api'));
?>
--EXPECT--
Warning: PHP Startup: aura_session.api: "5" is not an API line of the library this module provides (4, 6 or 7); the default 4 applies in Unknown on line 0
string(1) "4"
