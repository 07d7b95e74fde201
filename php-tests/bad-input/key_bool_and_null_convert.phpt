--TEST--
Boolean and null segment keys convert as PHP arrays convert them: true -> 1, false -> 0, null -> "" (before PHP 8.5)
--SKIPIF--
<?php if (PHP_VERSION_ID >= 80500) die("skip PHP 8.5 deprecates null as an array offset"); ?>
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
require __DIR__ . '/key_bool_and_null_convert.inc';
--EXPECT--
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
