--TEST--
INF, -INF and out-of-range float keys raise PHP 8.5's not-representable warning with PHP's spelling of the float, NAN that warning and the deprecation; integral floats (2.0, -0.0) raise none
--SKIPIF--
<?php if (PHP_VERSION_ID < 80500) die("skip before PHP 8.5"); ?>
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
require __DIR__ . '/float_key_non_finite_and_out_of_range_deprecate.inc';
--EXPECT--
Error 2: The float INF is not representable as an int, cast occurred
Error 2: The float -INF is not representable as an int, cast occurred
Error 2: The float NAN is not representable as an int, cast occurred
Deprecated: Implicit conversion from float NAN to int loses precision
Error 2: The float 1.0E+30 is not representable as an int, cast occurred
Error 2: The float -1.0E+19 is not representable as an int, cast occurred
Error 2: The float 9.223372036854776E+18 is not representable as an int, cast occurred
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
