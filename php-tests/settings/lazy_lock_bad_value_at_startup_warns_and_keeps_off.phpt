--TEST--
aura_session.lazy_lock=banana in php.ini gives a startup warning naming the accepted spellings, and lazy_lock stays off
--INI--
aura_session.lazy_lock=banana
--FILE--
<?php
var_dump(ini_get('aura_session.lazy_lock'));
?>
--EXPECT--
Warning: PHP Startup: aura_session.lazy_lock: "banana" is not on or off (1, on, yes or true; 0, off, no, false or empty); the default 0 applies in Unknown on line 0
string(1) "0"
