--TEST--
destroy() when the session cannot start (output already sent) returns false with PHP's warnings and never calls the delete-cookie callable (before PHP 8.5)
--SKIPIF--
<?php if (PHP_VERSION_ID >= 80500) die("skip PHP 8.5 names where output started in the headers-sent warning"); ?>
--INI--
session.cache_limiter=
session.save_path={TMP}
session.use_cookies=1
--FILE--
<?php
require __DIR__ . '/destroy_when_start_fails_returns_false.inc';
--EXPECTF--
output before the session

Warning: session_start(): Session cannot be started after headers have already been sent in %s on line %d

Warning: session_destroy(): Trying to destroy uninitialized session in %s on line %d
bool(false)
bool(false)
still running
