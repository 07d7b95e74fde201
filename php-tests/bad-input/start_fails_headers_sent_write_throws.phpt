--TEST--
When session_start() fails because output was already sent, segment writes throw Aura\Session\Exception and nothing lands in $_SESSION (before PHP 8.5)
--SKIPIF--
<?php if (PHP_VERSION_ID >= 80500) die("skip PHP 8.5 names where output started in the headers-sent warning"); ?>
--INI--
session.cache_limiter=
session.save_path={TMP}
session.use_cookies=1
--FILE--
<?php
require __DIR__ . '/start_fails_headers_sent_write_throws.inc';
--EXPECTF--
output before the session

Warning: session_start(): Session cannot be started after headers have already been sent in %s on line %d
set: Aura\Session\Exception: Cannot start the session (session_start() failed: output started at %s.inc:2, so headers were already sent), so nothing was written to it

Warning: session_start(): Session cannot be started after headers have already been sent in %s on line %d
setFlash: Aura\Session\Exception: Cannot start the session (session_start() failed: output started at %s.inc:2, so headers were already sent), so nothing was written to it

Warning: session_start(): Session cannot be started after headers have already been sent in %s on line %d
setFlashNow: Aura\Session\Exception: Cannot start the session (session_start() failed: output started at %s.inc:2, so headers were already sent), so nothing was written to it
bool(false)
bool(false)
still running
