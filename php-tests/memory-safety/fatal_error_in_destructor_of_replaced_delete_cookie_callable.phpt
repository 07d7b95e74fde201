--TEST--
A fatal error inside the destructor of a delete-cookie callable that setDeleteCookie() replaces ends the request with PHP's own fatal error
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
require __DIR__ . '/user_fatal.inc';
class FatalDestructor { function __destruct() { user_fatal('destructor failed hard'); } }
register_shutdown_function(function () { echo "shutdown ran\n"; });
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$held = new FatalDestructor;
$session->setDeleteCookie(function () use ($held) {});
unset($held);
$session->setDeleteCookie(function () {});
echo "not reached\n";
?>
--EXPECTF--
Fatal error: destructor failed hard in %s on line %d
shutdown ran
