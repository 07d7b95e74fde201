--TEST--
lazy_lock=1: a write with a float key (deprecated, converted to int as PHP converts it) runs in its own cycle and is saved, as with the setting off
--INI--
aura_session.lazy_lock=1
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
include __DIR__ . '/store.inc';
Store::$data['abc'] = Store::encode(['s' => ['n' => 1]]);
$segment = (new Aura\Session\SessionFactory)->newInstance([session_name() => 'abc'])->getSegment('s');
var_dump($segment->get('n'));
$segment->set(1.5, 'x');
var_dump(Store::decode(Store::$data['abc'])['s']);
?>
--EXPECT--
int(1)
array(2) {
  ["n"]=>
  int(1)
  [1]=>
  string(1) "x"
}
