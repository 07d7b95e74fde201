--TEST--
lazy_lock=1: reads repeated in any order are checked at the next write like the first one; a change to any of them throws ConcurrentModification
--INI--
aura_session.lazy_lock=1
--FILE--
<?php
include __DIR__ . '/store.inc';
Store::$data['abc'] = Store::encode(['s' => ['n' => 1, 'm' => 'text', 'a' => [1]]]);
$session = (new Aura\Session\SessionFactory)->newInstance([session_name() => 'abc']);
$segment = $session->getSegment('s');
foreach (['n', 'n', 'm', 'a', 'n', 'm', 'm'] as $key) {
    $segment->get($key);
}
foreach (['n' => 2, 'm' => 'other', 'a' => [2]] as $key => $changed) {
    Store::commitElsewhere('abc', function (array &$d) use ($key, $changed) { $d['s'][$key] = $changed; });
    try {
        $segment->set('w', 1);
        echo "$key: written\n";
    } catch (Aura\Session\Exception\ConcurrentModification $e) {
        echo "$key: ", $e->getMessage(), "\n";
    }
    // Read again, as the first time, so that the next change is caught too.
    foreach (['m', 'a', 'n', 'n'] as $again) {
        $segment->get($again);
    }
}
$segment->set('w', 2);
var_dump($segment->get('w'));
?>
--EXPECT--
n: $_SESSION['s']['n'] changed in the session store since this request read it, so nothing was written
m: $_SESSION['s']['m'] changed in the session store since this request read it, so nothing was written
a: $_SESSION['s']['a'] changed in the session store since this request read it, so nothing was written
int(2)
