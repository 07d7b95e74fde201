--TEST--
destroy() when the save handler's destroy() returns false returns false with PHP's warning and never calls the delete-cookie callable
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
    public function write(string $id, string $data): bool { return true; }
    public function destroy(string $id): bool { return false; }
    public function gc(int $max): int|false { return 0; }
}
session_set_save_handler(new Handler, false);
$session = (new Aura\Session\SessionFactory)->newInstance([], function ($name, $params) {
    echo "deleter called\n";
});
$session->getSegment('seg')->set('k', 'v');
var_dump($session->destroy());
echo "still running\n";
?>
--EXPECTF--
Warning: session_destroy(): Session object destruction failed in %s on line %d
bool(false)
still running
