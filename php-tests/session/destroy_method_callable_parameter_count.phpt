--TEST--
Session::destroy() picks the deleter call form from the declared parameter count, for method callables too (before PHP 8.5)
--SKIPIF--
<?php if (PHP_VERSION_ID >= 80500) die("skip PHP 8.5 adds partitioned to session_get_cookie_params()"); ?>
--INI--
session.cookie_httponly=0
session.cookie_samesite=
session.use_cookies=0
session.cache_limiter=
session.cookie_path=/p
session.cookie_domain=d.example
--FILE--
<?php
require __DIR__ . '/destroy_method_callable_parameter_count.inc';
--EXPECT--
[["wide","PHPSESSID","\/p","d.example","unset"],["narrow",["PHPSESSID",{"lifetime":0,"path":"\/p","domain":"d.example","secure":false,"httponly":false,"samesite":""}]]]
