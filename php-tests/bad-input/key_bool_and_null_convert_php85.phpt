--TEST--
Boolean and null segment keys convert as PHP arrays convert them: true -> 1, false -> 0, null -> "" with PHP 8.5's null-offset deprecation
--SKIPIF--
<?php if (PHP_VERSION_ID < 80500) die("skip before PHP 8.5"); ?>
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
require __DIR__ . '/key_bool_and_null_convert.inc';
--EXPECTF--
Deprecated: Using null as an array offset is deprecated, use an empty string instead in %s on line %d
array(3) {
  [1]=>
  string(4) "true"
  [0]=>
  string(5) "false"
  [""]=>
  string(4) "null"
}
string(4) "true"
string(5) "false"
string(4) "null"
still running
