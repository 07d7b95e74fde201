--TEST--
A user save handler whose read() returns false makes session_start() fail; a segment write throws Aura\Session\Exception and reads return $alt
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
    public function read(string $id): string|false { return false; }
    public function write(string $id, string $data): bool { return true; }
    public function destroy(string $id): bool { return true; }
    public function gc(int $max): int|false { return 0; }
}
session_set_save_handler(new Handler, false);
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('seg');
try {
    $segment->setFlash('k', 'v');
    echo "written\n";
} catch (Aura\Session\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($segment->getFlashNext('k', 'alt'), session_status() === PHP_SESSION_ACTIVE);
echo "still running\n";
?>
--EXPECTF--
Warning: session_start(): Failed to read session data: user (path: %s) in %s on line %d
Aura\Session\Exception: Cannot start the session (session_start() failed: Failed to read session data: user (path: %s)), so nothing was written to it
string(3) "alt"
bool(false)
still running
