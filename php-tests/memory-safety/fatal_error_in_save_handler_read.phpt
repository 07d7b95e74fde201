--TEST--
A fatal error inside a user save handler called by a segment write ends the request with PHP's own fatal error; shutdown functions run and the session module reports its own state, as without the extension
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
require __DIR__ . '/user_fatal.inc';
require_once __DIR__ . '/../save_handler_ids.inc';
class FatalReader implements SessionHandlerInterface {
    use SessionIdMethods;
    function open($path, $name): bool { return true; }
    function close(): bool { return true; }
    function read($id): string|false { user_fatal('read failed hard'); return ''; }
    function write($id, $data): bool { return true; }
    function destroy($id): bool { return true; }
    function gc($max): int|false { return 0; }
}
session_set_save_handler(new FatalReader, false);
register_shutdown_function(function () { echo "shutdown ran\n"; });
$segment = (new Aura\Session\SessionFactory)->newInstance([])->getSegment('x');
$segment->set('a', 1);
echo "not reached\n";
?>
--EXPECTF--
Fatal error: read failed hard in %s on line %d
shutdown ran

Warning: PHP Request Shutdown: Cannot call session save handler in a recursive manner in Unknown on line 0

Warning: PHP Request Shutdown: Failed to write session data using user defined save handler. (session.save_path: %s, handler: FatalReader::write) in Unknown on line 0
