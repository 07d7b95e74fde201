--TEST--
Session::setCookieParams() checks isStarted() and hands the whole merged array to Phpfunc session_set_cookie_params() (before PHP 8.5)
--SKIPIF--
<?php if (PHP_VERSION_ID >= 80500) die("skip PHP 8.5 adds partitioned to session_get_cookie_params()"); ?>
--INI--
session.cookie_httponly=0
session.cookie_samesite=
session.use_cookies=1
--FILE--
<?php
require __DIR__ . '/set_cookie_params_phpfunc_argument.inc';
--EXPECT--
string(11) "example.net"
[["function_exists",["session_status"]],["session_status",[]],["session_set_cookie_params",[{"lifetime":0,"path":"\/","domain":"example.net","secure":false,"httponly":false,"samesite":""}]]]
