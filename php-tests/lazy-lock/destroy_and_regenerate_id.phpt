--TEST--
lazy_lock=1: regenerateId() moves the stored data to a new id and destroy() removes it, each in its own cycle
--INI--
aura_session.lazy_lock=1
--FILE--
<?php
include __DIR__ . '/store.inc';
Store::$data['abc'] = Store::encode(['s' => ['n' => 1]]);
$session = (new Aura\Session\SessionFactory)->newInstance([session_name() => 'abc'], fn () => null);
$segment = $session->getSegment('s');
$segment->get('n');
var_dump($session->regenerateId(), session_id() !== 'abc', isset(Store::$data['abc']));
var_dump(Store::decode(Store::$data[session_id()])['s']['n']);
var_dump($session->destroy(), Store::$data, session_status() === PHP_SESSION_NONE);
?>
--EXPECT--
bool(true)
bool(true)
bool(false)
int(1)
bool(true)
array(0) {
}
bool(true)
