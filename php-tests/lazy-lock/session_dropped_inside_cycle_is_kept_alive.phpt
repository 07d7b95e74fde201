--TEST--
lazy_lock=1: a save handler that drops the only reference to the segment's Session in the middle of a write cycle cannot free it under the cycle: the write fails cleanly, nothing is written and the lock is released
--INI--
aura_session.lazy_lock=1
--FILE--
<?php
include __DIR__ . '/store.inc';
class DroppingStore extends Store
{
    public static ?Closure $onRead = null;
    public function read($id): string|false
    {
        if (self::$onRead) {
            $drop = self::$onRead;
            self::$onRead = null;
            $drop();
            // Refill the freed memory with objects of the same size.
            $GLOBALS['filler'] = [];
            for ($i = 0; $i < 64; $i++) {
                $GLOBALS['filler'][] = (new Aura\Session\SessionFactory)->newInstance([]);
            }
        }
        return parent::read($id);
    }
}
session_set_save_handler(new DroppingStore(), true);
Store::$data['abc'] = Store::encode(['s' => ['n' => 1]]);
$segment = (new Aura\Session\SessionFactory)->newInstance([session_name() => 'abc'])->getSegment('s');
var_dump($segment->get('n'));
$before = Store::$data['abc'];
Store::$log = [];
DroppingStore::$onRead = function () use ($segment) {
    (new ReflectionProperty($segment, 'session'))->setValue($segment, null);
};
try {
    $segment->set('n', 2);
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(Store::$data['abc'] === $before, session_status() === PHP_SESSION_ACTIVE, Store::$log);
?>
--EXPECT--
int(1)
Error: Call to a member function isStarted() on null
bool(true)
bool(false)
array(3) {
  [0]=>
  string(4) "open"
  [1]=>
  string(4) "read"
  [2]=>
  string(5) "close"
}
