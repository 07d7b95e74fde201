--TEST--
lazy_lock=1: a write the save handler refuses (write() returns false, as phpredis does when it could not take its lock) throws from set() instead of returning normally
--INI--
aura_session.lazy_lock=1
--FILE--
<?php
include __DIR__ . '/store.inc';
class RefusingStore extends Store
{
    public static bool $refuse = false;
    public function write($id, $data): bool
    {
        return self::$refuse ? false : parent::write($id, $data);
    }
}
session_set_save_handler(new RefusingStore(), true);
set_error_handler(function (int $no, string $message) {
    echo 'warning: ', strstr($message, ':', true), "\n";
    return true;
});
Store::$data['abc'] = Store::encode(['s' => ['n' => 1]]);
$segment = (new Aura\Session\SessionFactory)->newInstance([session_name() => 'abc'])->getSegment('s');
var_dump($segment->get('n'));
RefusingStore::$refuse = true;
try {
    $segment->set('n', 2);
    echo "returned normally\n";
} catch (Aura\Session\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
RefusingStore::$refuse = false;
var_dump(Store::decode(Store::$data['abc'])['s']['n'], session_status() === PHP_SESSION_ACTIVE);
?>
--EXPECT--
int(1)
warning: session_write_close()
Aura\Session\Exception: The session store did not save this write (session_write_close() failed), so it was not written
int(1)
bool(false)
