--TEST--
lazy_lock=1: a value read through the API, then the application's own session_start(), then a write: the read is validated against the data that start loaded, and a changed value throws ConcurrentModification
--INI--
aura_session.lazy_lock=1
--FILE--
<?php
include __DIR__ . '/store.inc';
Store::$data['abc'] = Store::encode(['s' => ['n' => 1]]);
$segment = (new Aura\Session\SessionFactory)->newInstance([session_name() => 'abc'])->getSegment('s');
$n = $segment->get('n');
Store::commitElsewhere('abc', function (array &$d) { $d['s']['n'] = 7; });
session_start();
try {
    $segment->set('n', $n + 1);
    echo "returned normally\n";
} catch (Aura\Session\Exception\ConcurrentModification $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
$n = $segment->get('n');
$segment->set('n', $n + 1);
session_write_close();
var_dump(Store::decode(Store::$data['abc'])['s']['n']);
?>
--EXPECT--
Aura\Session\Exception\ConcurrentModification: $_SESSION['s']['n'] changed in the session store since this request read it, so nothing was written
int(8)
