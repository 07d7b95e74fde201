--TEST--
An out-of-range float key lands on the same integer key PHP arrays use, each access raising PHP 8.5's not-representable warning
--SKIPIF--
<?php if (PHP_VERSION_ID < 80500) die("skip before PHP 8.5"); ?>
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
require __DIR__ . '/key_out_of_range_float_matches_php.inc';
--EXPECT--
Error 2: The float 1.0E+30 is not representable as an int, cast occurred
Error 2: The float 1.0E+30 is not representable as an int, cast occurred
Error 2: The float -1.0E+19 is not representable as an int, cast occurred
Error 2: The float -1.0E+19 is not representable as an int, cast occurred
Error 2: The float 1.8E+19 is not representable as an int, cast occurred
Error 2: The float 1.8E+19 is not representable as an int, cast occurred
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
