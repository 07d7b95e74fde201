--TEST--
lazy_lock=1: another request changing a value this one did not read is no conflict, and a request's own earlier write is no conflict for its next one
--INI--
aura_session.lazy_lock=1
--FILE--
<?php
include __DIR__ . '/store.inc';
Store::$data['abc'] = Store::encode(['s' => ['n' => 1, 'other' => 1]]);
$session = (new Aura\Session\SessionFactory)->newInstance([session_name() => 'abc']);
$segment = $session->getSegment('s');
$n = $segment->get('n');
Store::commitElsewhere('abc', function (array &$d) { $d['s']['other'] = 2; });
$segment->set('n', $n + 1);
$segment->set('m', $segment->get('n') + 1);
var_dump(Store::decode(Store::$data['abc'])['s']);
?>
--EXPECT--
array(3) {
  ["n"]=>
  int(2)
  ["other"]=>
  int(2)
  ["m"]=>
  int(3)
}
