--TEST--
aura_session.rotate_interval: when the store fails while a rotation opens the new id, the data stays reachable under the old id, and the next request carrying it takes the session back whole
--INI--
session.use_cookies=0
session.cache_limiter=
session.use_strict_mode=1
session.serialize_handler=php_serialize
aura_session.rotate_interval=1
aura_session.rotate_grace=5
--FILE--
<?php
require __DIR__ . '/requests.inc';
class FailingStore extends MemoryStore
{
    public static ?string $only = null;
    public function read($id): string|false
    {
        // Once armed, every id but the one allowed fails to open.
        if (self::$only !== null && $id !== self::$only) {
            return false;
        }
        return parent::read($id);
    }
}
session_set_save_handler(new FailingStore, true);
align_to_second();

$session = next_request(null);
$session->getSegment('app')->set('user', 'ada');
$old = $session->getId();
sleep(2);

FailingStore::$only = $old;
$session = next_request($old);
try {
    $session->getSegment('app')->get('user');
} catch (Throwable $e) {
    echo get_class($e), "\n";
}
FailingStore::$only = null;
var_dump(stored($old)['app']);

$session = next_request($old);
var_dump($session->getSegment('app')->get('user'), $session->getExpiredReason());
?>
--EXPECT--
Error
array(1) {
  ["user"]=>
  string(3) "ada"
}
string(3) "ada"
NULL
