--TEST--
lazy_lock=1: a write made directly to $_SESSION is not saved; the next segment write replaces $_SESSION with the stored data
--INI--
aura_session.lazy_lock=1
--FILE--
<?php
include __DIR__ . '/store.inc';
Store::$data['abc'] = Store::encode(['s' => []]);
$session = (new Aura\Session\SessionFactory)->newInstance([session_name() => 'abc']);
$segment = $session->getSegment('s');
$segment->get('x');
$_SESSION['direct'] = 1;
$segment->set('k', 1);
var_dump(isset($_SESSION['direct']), isset(Store::decode(Store::$data['abc'])['direct']));
?>
--EXPECT--
bool(false)
bool(false)
