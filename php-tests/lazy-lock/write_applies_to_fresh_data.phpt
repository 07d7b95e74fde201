--TEST--
lazy_lock=1: a write is applied to the data stored now, keeping what another request committed since this one read
--INI--
aura_session.lazy_lock=1
--FILE--
<?php
include __DIR__ . '/store.inc';
Store::$data['abc'] = Store::encode(['s' => ['a' => 1]]);
$session = (new Aura\Session\SessionFactory)->newInstance([session_name() => 'abc']);
$segment = $session->getSegment('s');
var_dump($segment->get('a'));
Store::commitElsewhere('abc', function (array &$d) { $d['s']['b'] = 2; });
$segment->set('c', 3);
var_dump(Store::decode(Store::$data['abc'])['s'], $segment->get('b'));
?>
--EXPECT--
int(1)
array(3) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
  ["c"]=>
  int(3)
}
int(2)
