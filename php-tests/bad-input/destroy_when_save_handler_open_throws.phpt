--TEST--
destroy() when the save handler throws while starting lets that exception through and never calls the delete-cookie callable
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
require_once __DIR__ . '/../save_handler_ids.inc';
class Handler implements SessionHandlerInterface {
    use SessionIdMethods;
    public function open(string $path, string $name): bool { throw new RuntimeException('storage is down'); }
    public function close(): bool { return true; }
    public function read(string $id): string|false { return ''; }
    public function write(string $id, string $data): bool { return true; }
    public function destroy(string $id): bool { return true; }
    public function gc(int $max): int|false { return 0; }
}
session_set_save_handler(new Handler, false);
$session = (new Aura\Session\SessionFactory)->newInstance([], function ($name, $params) {
    echo "deleter called\n";
});
try {
    var_dump($session->destroy());
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo "still running\n";
?>
--EXPECT--
RuntimeException: storage is down
still running
