--TEST--
aura_session.lazy_lock is a registered php.ini setting, 0 by default and changeable anywhere (PHP_INI_ALL) (PHP 8.6 on)
--SKIPIF--
<?php if (PHP_VERSION_ID < 80600) die("skip before PHP 8.6"); ?>
--FILE--
<?php
require __DIR__ . '/setting_registered_off_by_default.inc';
--EXPECT--
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
string(1) "0"
string(1) "1"
