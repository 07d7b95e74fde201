--TEST--
aura_session.lazy_lock is a registered php.ini setting, 0 by default and changeable anywhere (PHP_INI_ALL) (before PHP 8.6)
--SKIPIF--
<?php if (PHP_VERSION_ID >= 80600) die("skip PHP 8.6 adds builtin_default_value to ini_get_all()"); ?>
--FILE--
<?php
require __DIR__ . '/setting_registered_off_by_default.inc';
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
