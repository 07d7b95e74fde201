--TEST--
aura_session.trusted_origins is a registered php.ini setting, empty by default and changeable anywhere (PHP_INI_ALL) (PHP 8.6 on)
--SKIPIF--
<?php if (PHP_VERSION_ID < 80600) die("skip before PHP 8.6"); ?>
--FILE--
<?php
require __DIR__ . '/trusted_origins_setting_is_registered.inc';
--EXPECT--
string(0) ""
array(14) {
  ["aura_session.absolute_timeout"]=>
  array(4) {
    ["global_value"]=>
    string(1) "0"
    ["local_value"]=>
    string(1) "0"
    ["builtin_default_value"]=>
    string(1) "0"
    ["access"]=>
    int(7)
  }
  ["aura_session.api"]=>
  array(4) {
    ["global_value"]=>
    string(1) "4"
    ["local_value"]=>
    string(1) "4"
    ["builtin_default_value"]=>
    string(1) "4"
    ["access"]=>
    int(4)
  }
  ["aura_session.encryption_keys"]=>
  array(4) {
    ["global_value"]=>
    string(0) ""
    ["local_value"]=>
    string(0) ""
    ["builtin_default_value"]=>
    string(0) ""
    ["access"]=>
    int(4)
  }
  ["aura_session.idle_timeout"]=>
  array(4) {
    ["global_value"]=>
    string(1) "0"
    ["local_value"]=>
    string(1) "0"
    ["builtin_default_value"]=>
    string(1) "0"
    ["access"]=>
    int(7)
  }
  ["aura_session.lazy_lock"]=>
  array(4) {
    ["global_value"]=>
    string(1) "0"
    ["local_value"]=>
    string(1) "0"
    ["builtin_default_value"]=>
    string(1) "0"
    ["access"]=>
    int(7)
  }
  ["aura_session.redis_cluster"]=>
  array(4) {
    ["global_value"]=>
    string(1) "0"
    ["local_value"]=>
    string(1) "0"
    ["builtin_default_value"]=>
    string(1) "0"
    ["access"]=>
    int(7)
  }
  ["aura_session.redis_connect_timeout"]=>
  array(4) {
    ["global_value"]=>
    string(4) "1000"
    ["local_value"]=>
    string(4) "1000"
    ["builtin_default_value"]=>
    string(4) "1000"
    ["access"]=>
    int(7)
  }
  ["aura_session.redis_lock_ttl"]=>
  array(4) {
    ["global_value"]=>
    string(5) "10000"
    ["local_value"]=>
    string(5) "10000"
    ["builtin_default_value"]=>
    string(5) "10000"
    ["access"]=>
    int(7)
  }
  ["aura_session.redis_lock_wait"]=>
  array(4) {
    ["global_value"]=>
    string(5) "10000"
    ["local_value"]=>
    string(5) "10000"
    ["builtin_default_value"]=>
    string(5) "10000"
    ["access"]=>
    int(7)
  }
  ["aura_session.redis_prefix"]=>
  array(4) {
    ["global_value"]=>
    string(10) "aura_sess:"
    ["local_value"]=>
    string(10) "aura_sess:"
    ["builtin_default_value"]=>
    string(10) "aura_sess:"
    ["access"]=>
    int(7)
  }
  ["aura_session.redis_timeout"]=>
  array(4) {
    ["global_value"]=>
    string(4) "2000"
    ["local_value"]=>
    string(4) "2000"
    ["builtin_default_value"]=>
    string(4) "2000"
    ["access"]=>
    int(7)
  }
  ["aura_session.rotate_grace"]=>
  array(4) {
    ["global_value"]=>
    string(2) "10"
    ["local_value"]=>
    string(2) "10"
    ["builtin_default_value"]=>
    string(2) "10"
    ["access"]=>
    int(7)
  }
  ["aura_session.rotate_interval"]=>
  array(4) {
    ["global_value"]=>
    string(1) "0"
    ["local_value"]=>
    string(1) "0"
    ["builtin_default_value"]=>
    string(1) "0"
    ["access"]=>
    int(7)
  }
  ["aura_session.trusted_origins"]=>
  array(4) {
    ["global_value"]=>
    string(0) ""
    ["local_value"]=>
    string(0) ""
    ["builtin_default_value"]=>
    string(0) ""
    ["access"]=>
    int(7)
  }
}
string(0) ""
string(17) "https://a.example"
