--TEST--
aura_session.lazy_lock is a registered php.ini setting, 0 by default and changeable anywhere (PHP_INI_ALL)
--FILE--
<?php
var_dump(ini_get_all('aura_session')['aura_session.lazy_lock']);
var_dump(ini_set('aura_session.lazy_lock', '1'), ini_get('aura_session.lazy_lock'));
?>
--EXPECT--
array(3) {
  ["global_value"]=>
  string(1) "0"
  ["local_value"]=>
  string(1) "0"
  ["access"]=>
  int(7)
}
string(1) "0"
string(1) "1"
