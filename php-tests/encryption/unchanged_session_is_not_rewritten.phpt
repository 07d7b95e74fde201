--TEST--
session.serialize_handler=aura_encrypted keeps session.lazy_write: a request that changes nothing leaves the sealed value as it was and the handler gets updateTimestamp(), not write()
--INI--
session.serialize_handler=aura_encrypted
aura_session.encryption_keys={PWD}/keys/a.keys
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
require_once __DIR__ . '/../save_handler_ids.inc';
class Store implements SessionHandlerInterface, SessionUpdateTimestampHandlerInterface
{
    use SessionIdMethods;
    public static array $data = [];
    public function open($path, $name): bool { return true; }
    public function close(): bool { return true; }
    public function read($id): string|false { return self::$data[$id] ?? ''; }
    public function write($id, $data): bool { echo "write\n"; self::$data[$id] = $data; return true; }
    public function destroy($id): bool { unset(self::$data[$id]); return true; }
    public function gc($max): int|false { return 0; }
    public function updateTimestamp($id, $data): bool { echo "updateTimestamp\n"; return true; }
}
session_set_save_handler(new Store, true);
$id = 'enc0lazywrite0000000000001';
foreach (['set', 'read', 'read', 'set again'] as $step) {
    session_id($id);
    $segment = (new Aura\Session\SessionFactory)->newInstance([session_name() => $id])->getSegment('app');
    echo "$step: ";
    $before = Store::$data[$id] ?? '';
    str_starts_with($step, 'set') ? $segment->set('n', $step) : $segment->get('n');
    session_write_close();
    unset($_SESSION);
    var_dump(Store::$data[$id] === $before);
}
?>
--EXPECT--
set: write
bool(false)
read: updateTimestamp
bool(true)
read: updateTimestamp
bool(true)
set again: write
bool(false)
