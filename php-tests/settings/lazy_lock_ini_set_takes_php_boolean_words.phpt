--TEST--
ini_set('aura_session.lazy_lock') takes PHP's boolean spellings in any case (and empty for off); other words and numbers return false
--FILE--
<?php
foreach (['On', 'off', 'YES', 'no', 'true', 'False', '1', '0', ''] as $value) {
    echo var_export($value, true), ': ', var_export(ini_set('aura_session.lazy_lock', $value) !== false, true), "\n";
}
foreach (['banana', '2', 'enabled'] as $value) {
    echo var_export($value, true), ': ', var_export(@ini_set('aura_session.lazy_lock', $value), true), "\n";
}
var_dump(ini_get('aura_session.lazy_lock'));
?>
--EXPECT--
'On': true
'off': true
'YES': true
'no': true
'true': true
'False': true
'1': true
'0': true
'': true
'banana': false
'2': false
'enabled': false
string(0) ""
