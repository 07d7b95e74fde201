--TEST--
An exception thrown by a user save handler's write() propagates unchanged out of commit()
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
    public function write(string $id, string $data): bool { throw new RuntimeException('disk full'); }
    public function destroy(string $id): bool { return true; }
    public function gc(int $max): int|false { return 0; }
}
session_set_save_handler(new Handler, false);
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$session->getSegment('seg')->set('k', 'v');
try {
    var_dump($session->commit());
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo "still running\n";
?>
--EXPECT--
RuntimeException: disk full
still running
