--TEST--
The extension extras work in this line: with lazy_lock=1 a segment write is applied to the stored data, keeping what another request committed
--INI--
aura_session.api=7
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
aura_session.lazy_lock=1
--FILE--
<?php
include __DIR__ . '/../lazy-lock/store.inc';
Store::$data['abc'] = Store::encode(['Seg' => ['a' => 1]]);
$session = (new Aura\Session\SessionFactory)->newInstance([session_name() => 'abc']);
$segment = $session->getSegment('Seg');
var_dump($segment->get('a'));
Store::commitElsewhere('abc', function (array &$data) { $data['Seg']['b'] = 2; });
$segment->set('c', 3);
var_dump(Store::decode(Store::$data['abc'])['Seg'], $segment->get('b'));
$segment->remove('a');
var_dump(Store::decode(Store::$data['abc'])['Seg']);
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
array(2) {
  ["b"]=>
  int(2)
  ["c"]=>
  int(3)
}
