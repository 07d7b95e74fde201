--TEST--
lazy_lock=1 with session.lazy_write=1: a read-only request whose flash move changes nothing ends its cycle with the handler's updateTimestamp(), so the session is not garbage collected
--INI--
aura_session.lazy_lock=1
session.lazy_write=1
--FILE--
<?php
include __DIR__ . '/store.inc';
Store::$data['abc'] = Store::encode([
    'Aura\Session\Flash\Next' => [],
    'Aura\Session\Flash\Now' => [],
    's' => ['n' => 7],
]);
$session = (new Aura\Session\SessionFactory)->newInstance([session_name() => 'abc']);
var_dump($session->getSegment('s')->get('n'));
echo implode(',', Store::$log), "\n";
?>
--EXPECT--
int(7)
open,read,touch,close
