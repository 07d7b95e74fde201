--TEST--
INF, -INF, NAN and out-of-range float keys raise the deprecation with PHP's spelling of the float; integral floats (2.0, -0.0) raise none (before PHP 8.5)
--SKIPIF--
<?php if (PHP_VERSION_ID >= 80500) die("skip PHP 8.5 warns that infinite and out-of-range floats are not representable as an int"); ?>
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
require __DIR__ . '/float_key_non_finite_and_out_of_range_deprecate.inc';
--EXPECT--
Deprecated: Implicit conversion from float INF to int loses precision
Deprecated: Implicit conversion from float -INF to int loses precision
Deprecated: Implicit conversion from float NAN to int loses precision
Deprecated: Implicit conversion from float 1.0E+30 to int loses precision
Deprecated: Implicit conversion from float -1.0E+19 to int loses precision
Deprecated: Implicit conversion from float 9.223372036854776E+18 to int loses precision
Deprecated: Implicit conversion from float 0.1 to int loses precision
Deprecated: Implicit conversion from float 0.30000000000000004 to int loses precision
Deprecated: Implicit conversion from float 1.0E-300 to int loses precision
array(5) {
  [0]=>
  int(10)
  [5076964154930102272]=>
  int(3)
  [8446744073709551616]=>
  int(4)
  [-9223372036854775808]=>
  int(5)
  [2]=>
  int(9)
}
