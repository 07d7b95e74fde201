--TEST--
lazy_lock=1: a write after a read of a value that another request changed since throws ConcurrentModification and writes nothing; the request then sees the stored value
--INI--
aura_session.lazy_lock=1
--FILE--
<?php
include __DIR__ . '/store.inc';
Store::$data['abc'] = Store::encode(['s' => ['n' => 1]]);
$session = (new Aura\Session\SessionFactory)->newInstance([session_name() => 'abc']);
$segment = $session->getSegment('s');
$n = $segment->get('n');
Store::commitElsewhere('abc', function (array &$d) { $d['s']['n'] = 5; });
$before = Store::$data['abc'];
try {
    $segment->set('n', $n + 1);
} catch (Aura\Session\Exception\ConcurrentModification $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(Store::$data['abc'] === $before, $segment->get('n'));
?>
--EXPECT--
Aura\Session\Exception\ConcurrentModification: $_SESSION['s']['n'] changed in the session store since this request read it, so nothing was written
bool(true)
int(5)
