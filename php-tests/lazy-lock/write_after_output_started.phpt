--TEST--
lazy_lock=1: writes after output has started (headers sent) are still saved, without warnings
--INI--
aura_session.lazy_lock=1
--FILE--
<?php
include __DIR__ . '/store.inc';
Store::$data['abc'] = Store::encode(['s' => ['n' => 1]]);
$session = (new Aura\Session\SessionFactory)->newInstance([session_name() => 'abc']);
$segment = $session->getSegment('s');
$n = $segment->get('n');
echo "output\n";
$segment->set('n', $n + 1);
$segment->setFlash('f', 'v');
var_dump(headers_sent(), Store::decode(Store::$data['abc'])['s']['n'], $segment->getFlashNext('f'));
?>
--EXPECT--
output
bool(true)
int(2)
string(1) "v"
