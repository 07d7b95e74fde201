--TEST--
aura_session.trusted_origins is a registered php.ini setting, empty by default and changeable anywhere (PHP_INI_ALL)
--FILE--
<?php
var_dump(ini_get('aura_session.trusted_origins'));
var_dump(ini_get_all('aura_session'));
var_dump(ini_set('aura_session.trusted_origins', 'https://a.example'), ini_get('aura_session.trusted_origins'));
?>
--EXPECT--
string(0) ""
array(6) {
  ["aura_session.absolute_timeout"]=>
  array(3) {
    ["global_value"]=>
    string(1) "0"
    ["local_value"]=>
    string(1) "0"
    ["access"]=>
    int(7)
  }
  ["aura_session.idle_timeout"]=>
  array(3) {
    ["global_value"]=>
    string(1) "0"
    ["local_value"]=>
    string(1) "0"
    ["access"]=>
    int(7)
  }
  ["aura_session.lazy_lock"]=>
  array(3) {
    ["global_value"]=>
    string(1) "0"
    ["local_value"]=>
    string(1) "0"
    ["access"]=>
    int(7)
  }
  ["aura_session.rotate_grace"]=>
  array(3) {
    ["global_value"]=>
    string(2) "10"
    ["local_value"]=>
    string(2) "10"
    ["access"]=>
    int(7)
  }
  ["aura_session.rotate_interval"]=>
  array(3) {
    ["global_value"]=>
    string(1) "0"
    ["local_value"]=>
    string(1) "0"
    ["access"]=>
    int(7)
  }
  ["aura_session.trusted_origins"]=>
  array(3) {
    ["global_value"]=>
    string(0) ""
    ["local_value"]=>
    string(0) ""
    ["access"]=>
    int(7)
  }
}
string(0) ""
string(17) "https://a.example"
