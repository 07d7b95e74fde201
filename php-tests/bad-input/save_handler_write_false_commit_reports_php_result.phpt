--TEST--
When a user save handler's write() returns false, commit() returns exactly what session_write_close() returns and PHP's warning is shown; the process continues
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
require_once __DIR__ . '/../save_handler_ids.inc';
class Handler implements SessionHandlerInterface {
    use SessionIdMethods;
    public function open(string $path, string $name): bool { return true; }
    public function close(): bool { return true; }
    public function read(string $id): string|false { return ''; }
    public function write(string $id, string $data): bool { return false; }
    public function destroy(string $id): bool { return true; }
    public function gc(int $max): int|false { return 0; }
}
session_set_save_handler(new Handler, false);
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$session->getSegment('seg')->set('k', 'v');
$viaSession = $session->commit();
session_start();
$plain = session_write_close();
var_dump($viaSession === $plain);
echo "still running\n";
?>
--EXPECTF--
Warning: session_write_close(): Failed to write session data using user defined save handler. (session.save_path: %s, handler: Handler::write) in %s on line %d

Warning: session_write_close(): Failed to write session data using user defined save handler. (session.save_path: %s, handler: Handler::write) in %s on line %d
bool(true)
still running
