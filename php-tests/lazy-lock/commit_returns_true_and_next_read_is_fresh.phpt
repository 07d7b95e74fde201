--TEST--
lazy_lock=1: commit() has nothing left to write and returns true; the next read starts the session again and sees the stored data
--INI--
aura_session.lazy_lock=1
--FILE--
<?php
include __DIR__ . '/store.inc';
Store::$data['abc'] = Store::encode(['s' => ['n' => 1]]);
$session = (new Aura\Session\SessionFactory)->newInstance([session_name() => 'abc']);
$segment = $session->getSegment('s');
var_dump($segment->get('n'), $session->commit());
Store::commitElsewhere('abc', function (array &$d) { $d['s']['n'] = 2; });
var_dump($segment->get('n'));
?>
--EXPECT--
int(1)
bool(true)
int(2)
