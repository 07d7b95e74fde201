--TEST--
lazy_lock=1: the flash move is written back in the request's first cycle, so no later request can take the same flash
--INI--
aura_session.lazy_lock=1
--FILE--
<?php
include __DIR__ . '/store.inc';
Store::$data['abc'] = Store::encode([
    'Aura\Session\Flash\Next' => ['s' => ['msg' => 'hi']],
    'Aura\Session\Flash\Now' => ['s' => []],
]);
$session = (new Aura\Session\SessionFactory)->newInstance([session_name() => 'abc']);
var_dump($session->getSegment('s')->getFlash('msg'));
$stored = Store::decode(Store::$data['abc']);
var_dump($stored['Aura\Session\Flash\Next'], $stored['Aura\Session\Flash\Now']['s']);
?>
--EXPECT--
string(2) "hi"
array(0) {
}
array(1) {
  ["msg"]=>
  string(2) "hi"
}
