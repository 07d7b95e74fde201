--TEST--
lazy_lock=1: after ConcurrentModification the request may read again and retry; the retry is written
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
try {
    $segment->set('n', $n + 1);
} catch (Aura\Session\Exception\ConcurrentModification $e) {
    $segment->set('n', $segment->get('n') + 1);
}
var_dump(Store::decode(Store::$data['abc'])['s']['n']);
?>
--EXPECT--
int(6)
