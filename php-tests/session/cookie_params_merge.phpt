--TEST--
Session::setCookieParams() merges into the stored params, passes the whole array to session_set_cookie_params(), and getCookieParams() shows it (before PHP 8.5)
--SKIPIF--
<?php if (PHP_VERSION_ID >= 80500) die("skip PHP 8.5 adds partitioned to session_get_cookie_params()"); ?>
--INI--
session.cookie_httponly=0
session.cookie_samesite=
session.use_cookies=1
--FILE--
<?php
require __DIR__ . '/cookie_params_merge.inc';
--EXPECT--
array(6) {
  ["lifetime"]=>
  int(3600)
  ["path"]=>
  string(4) "/app"
  ["domain"]=>
  string(0) ""
  ["secure"]=>
  bool(true)
  ["httponly"]=>
  bool(false)
  ["samesite"]=>
  string(0) ""
}
bool(true)
bool(true)
