--TEST--
An out-of-range float key lands on the same integer key PHP 8.2 arrays use, each access raising PHP's precision-loss deprecation (before PHP 8.5)
--SKIPIF--
<?php if (PHP_VERSION_ID >= 80500) die("skip PHP 8.5 warns that infinite and out-of-range floats are not representable as an int"); ?>
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
require __DIR__ . '/key_out_of_range_float_matches_php.inc';
--EXPECT--
Deprecated: Implicit conversion from float 1.0E+30 to int loses precision
Deprecated: Implicit conversion from float 1.0E+30 to int loses precision
Deprecated: Implicit conversion from float -1.0E+19 to int loses precision
Deprecated: Implicit conversion from float -1.0E+19 to int loses precision
Deprecated: Implicit conversion from float 1.8E+19 to int loses precision
Deprecated: Implicit conversion from float 1.8E+19 to int loses precision
bool(true)
array(3) {
  [0]=>
  int(5076964154930102272)
  [1]=>
  int(8446744073709551616)
  [2]=>
  int(-446744073709551616)
}
still running
