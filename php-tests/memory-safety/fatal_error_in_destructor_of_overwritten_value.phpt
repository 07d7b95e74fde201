--TEST--
A fatal error inside the destructor of a value that set() overwrites ends the request with PHP's own fatal error
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
require __DIR__ . '/user_fatal.inc';
class FatalDestructor { function __destruct() { user_fatal('destructor failed hard'); } }
register_shutdown_function(function () { echo "shutdown ran\n"; });
session_start();
$segment = (new Aura\Session\SessionFactory)->newInstance([])->getSegment('x');
$segment->set('a', new FatalDestructor);
$segment->set('a', 2);
echo "not reached\n";
?>
--EXPECTF--
Fatal error: destructor failed hard in %s on line %d
shutdown ran
