--TEST--
A fatal error inside the error handler run for a float key's deprecation ends the request with PHP's own fatal error
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
require __DIR__ . '/../memory-safety/user_fatal.inc';
register_shutdown_function(function () { echo "shutdown ran\n"; });
session_start();
$segment = (new Aura\Session\SessionFactory)->newInstance([])->getSegment('seg');
$segment->set('kept', ['a' => new ArrayObject([1])]);
set_error_handler(function (int $no, string $message): bool {
    restore_error_handler();
    user_fatal("fatal while handling: $message");
    return true;
});
$segment->set(1.5, 'never written');
echo "not reached\n";
?>
--EXPECTF--
Fatal error: fatal while handling: Implicit conversion from float 1.5 to int loses precision in %s on line %d
shutdown ran
