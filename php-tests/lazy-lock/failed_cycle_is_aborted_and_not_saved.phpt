--TEST--
lazy_lock=1: when the value a write displaces throws from its destructor, the cycle is aborted: the exception reaches the caller, the session is closed and unlocked at once, and the write is not saved at the end of the request
--INI--
aura_session.lazy_lock=1
--FILE--
<?php
include __DIR__ . '/store.inc';
class Bomb
{
    public static bool $armed = false;
    public function __destruct()
    {
        if (self::$armed) {
            self::$armed = false;
            throw new RuntimeException('displaced value refuses to go');
        }
    }
}
class ArmingStore extends Store
{
    public static bool $arm = false;
    public function read($id): string|false
    {
        // The values read now are the ones the write displaces.
        Bomb::$armed = self::$arm;
        return parent::read($id);
    }
}
session_set_save_handler(new ArmingStore(), true);
Store::$data['abc'] = Store::encode(['s' => ['n' => 1, 'b' => new Bomb]]);
$segment = (new Aura\Session\SessionFactory)->newInstance([session_name() => 'abc'])->getSegment('s');
var_dump($segment->get('n'));
$before = Store::$data['abc'];
Store::$log = [];
ArmingStore::$arm = true;
try {
    $segment->set('b', 2);
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(session_status() === PHP_SESSION_ACTIVE, Store::$log);
register_shutdown_function(function () use ($before) {
    var_dump(Store::$data['abc'] === $before);
});
?>
--EXPECT--
int(1)
RuntimeException: displaced value refuses to go
bool(false)
array(3) {
  [0]=>
  string(4) "open"
  [1]=>
  string(4) "read"
  [2]=>
  string(5) "close"
}
bool(true)
