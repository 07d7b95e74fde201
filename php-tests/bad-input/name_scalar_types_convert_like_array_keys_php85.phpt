--TEST--
Segment names of scalar types are used as PHP array keys: 5 and "5" are one segment, "05" another, 1.9 -> 1 (with a deprecation at each access), true -> 1, false -> 0, null -> "" (with PHP 8.5's null-offset deprecation at each access)
--SKIPIF--
<?php if (PHP_VERSION_ID < 80500) die("skip before PHP 8.5"); ?>
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
require __DIR__ . '/name_scalar_types_convert_like_array_keys.inc';
--EXPECT--
Deprecated: Implicit conversion from float 1.9 to int loses precision
Deprecated: Implicit conversion from float 1.9 to int loses precision
Deprecated: Implicit conversion from float 1.9 to int loses precision
Deprecated: Implicit conversion from float 1.9 to int loses precision
Deprecated: Implicit conversion from float 1.9 to int loses precision
Deprecated: Implicit conversion from float 1.9 to int loses precision
Deprecated: Implicit conversion from float 1.9 to int loses precision
Deprecated: Using null as an array offset is deprecated, use an empty string instead
Deprecated: Using null as an array offset is deprecated, use an empty string instead
Deprecated: Using null as an array offset is deprecated, use an empty string instead
Deprecated: Using null as an array offset is deprecated, use an empty string instead
Deprecated: Using null as an array offset is deprecated, use an empty string instead
Deprecated: Using null as an array offset is deprecated, use an empty string instead
Deprecated: Using null as an array offset is deprecated, use an empty string instead
5 => {"n0":0,"n1":1}
-3 => {"n2":2}
'05' => {"n3":3}
1 => {"n4":4,"n5":5}
0 => {"n6":6}
'' => {"n7":7}
int(0)
int(2)
still running
