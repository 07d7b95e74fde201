--TEST--
lazy_lock=1: a read-only request locks, reads and closes the session in one cycle at its first read; afterwards session_status() is PHP_SESSION_NONE while isStarted() is true
--INI--
aura_session.lazy_lock=1
--FILE--
<?php
include __DIR__ . '/store.inc';
Store::$data['abc'] = Store::encode(['s' => ['n' => 7]]);
$session = (new Aura\Session\SessionFactory)->newInstance([session_name() => 'abc']);
$segment = $session->getSegment('s');
var_dump($segment->get('n'));
echo implode(',', Store::$log), "\n";
var_dump(session_status() === PHP_SESSION_NONE, $session->isStarted(), $segment->get('n'));
echo implode(',', Store::$log), "\n";
?>
--EXPECT--
int(7)
open,read,write,close
bool(true)
bool(true)
int(7)
open,read,write,close
