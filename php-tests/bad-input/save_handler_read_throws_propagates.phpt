--TEST--
An exception thrown by a user save handler's read() propagates unchanged out of a segment write; no session is active afterwards
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
require_once __DIR__ . '/../save_handler_ids.inc';
class Handler implements SessionHandlerInterface {
    use SessionIdMethods;
    public function open(string $path, string $name): bool { if ('read' === 'open') { throw new RuntimeException('storage is down'); } return true; }
    public function close(): bool { return true; }
    public function read(string $id): string|false { if ('read' === 'read') { throw new RuntimeException('storage is down'); } return ''; }
    public function write(string $id, string $data): bool { return true; }
    public function destroy(string $id): bool { return true; }
    public function gc(int $max): int|false { return 0; }
}
session_set_save_handler(new Handler, false);
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('seg');
try {
    $segment->set('k', 'v');
    echo "written\n";
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(session_status() === PHP_SESSION_ACTIVE, isset($_SESSION['seg']));
var_dump($segment->get('k', 'alt'));
echo "still running\n";
?>
--EXPECT--
RuntimeException: storage is down
bool(false)
bool(false)
string(3) "alt"
still running
