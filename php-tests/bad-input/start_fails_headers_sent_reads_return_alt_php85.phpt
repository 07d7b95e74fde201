--TEST--
When output was already sent, segment reads with the session cookie present try to resume, fail, and just return $alt (getSegment() null) (PHP 8.5 on)
--SKIPIF--
<?php if (PHP_VERSION_ID < 80500) die("skip before PHP 8.5"); ?>
--INI--
session.cache_limiter=
session.save_path={TMP}
session.use_cookies=1
--FILE--
<?php
require __DIR__ . '/start_fails_headers_sent_reads_return_alt.inc';
--EXPECTF--
output before the session

Warning: session_start(): Session cannot be started after headers have already been sent (sent from %s on line %d) in %s on line %d
string(3) "alt"

Warning: session_start(): Session cannot be started after headers have already been sent (sent from %s on line %d) in %s on line %d
string(3) "alt"

Warning: session_start(): Session cannot be started after headers have already been sent (sent from %s on line %d) in %s on line %d
string(3) "alt"

Warning: session_start(): Session cannot be started after headers have already been sent (sent from %s on line %d) in %s on line %d
NULL
bool(false)
bool(false)
still running
