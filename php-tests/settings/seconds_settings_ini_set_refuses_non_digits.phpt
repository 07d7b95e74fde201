--TEST--
ini_set() of a lifetime setting with anything but digits (sign, unit, exponent, fraction, hex, empty) returns false, warns, and changes nothing
--FILE--
<?php
ini_set('aura_session.absolute_timeout', '3600');
foreach (['abc', '-5', '+5', '30m', '1e3', '1.5', '0x10', '', '99999999999999999999'] as $value) {
    var_dump(ini_set('aura_session.absolute_timeout', $value));
}
var_dump(ini_get('aura_session.absolute_timeout'));
?>
--EXPECTF--
Warning: ini_set(): aura_session.absolute_timeout: "abc" is not a whole number of seconds (digits only, such as 0 or 1800); the setting keeps its value in %s on line %d
bool(false)

Warning: ini_set(): aura_session.absolute_timeout: "-5" is not a whole number of seconds (digits only, such as 0 or 1800); the setting keeps its value in %s on line %d
bool(false)

Warning: ini_set(): aura_session.absolute_timeout: "+5" is not a whole number of seconds (digits only, such as 0 or 1800); the setting keeps its value in %s on line %d
bool(false)

Warning: ini_set(): aura_session.absolute_timeout: "30m" is not a whole number of seconds (digits only, such as 0 or 1800); the setting keeps its value in %s on line %d
bool(false)

Warning: ini_set(): aura_session.absolute_timeout: "1e3" is not a whole number of seconds (digits only, such as 0 or 1800); the setting keeps its value in %s on line %d
bool(false)

Warning: ini_set(): aura_session.absolute_timeout: "1.5" is not a whole number of seconds (digits only, such as 0 or 1800); the setting keeps its value in %s on line %d
bool(false)

Warning: ini_set(): aura_session.absolute_timeout: "0x10" is not a whole number of seconds (digits only, such as 0 or 1800); the setting keeps its value in %s on line %d
bool(false)

Warning: ini_set(): aura_session.absolute_timeout: "" is not a whole number of seconds (digits only, such as 0 or 1800); the setting keeps its value in %s on line %d
bool(false)

Warning: ini_set(): aura_session.absolute_timeout: "99999999999999999999" is not a whole number of seconds (digits only, such as 0 or 1800); the setting keeps its value in %s on line %d
bool(false)
string(4) "3600"
