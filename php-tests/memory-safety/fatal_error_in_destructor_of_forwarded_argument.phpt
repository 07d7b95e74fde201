--TEST--
A fatal error in the destructor of an argument Phpfunc::__call() forwarded, freed after the call as PHP frees a call's arguments, ends the request with PHP's own fatal error
--FILE--
<?php
require __DIR__ . '/user_fatal.inc';
class FatalDestructor { function __destruct() { echo "destructor\n"; user_fatal('argument destructor failed hard'); } }
register_shutdown_function(function () { echo "shutdown ran\n"; });
var_dump((new Aura\Session\Phpfunc)->__call('is_object', [new FatalDestructor]));
echo "not reached\n";
?>
--EXPECTF--
destructor

Fatal error: argument destructor failed hard in %s on line %d
shutdown ran
