--TEST--
lazy_lock=0 (the default): the session stays active and locked from the first read to the end, as in the PHP library
--FILE--
<?php
include __DIR__ . '/store.inc';
Store::$data['abc'] = Store::encode(['s' => ['n' => 7]]);
$session = (new Aura\Session\SessionFactory)->newInstance([session_name() => 'abc']);
$session->getSegment('s')->get('n');
$session->getSegment('s')->set('n', 8);
echo implode(',', Store::$log), "\n";
var_dump(session_status() === PHP_SESSION_ACTIVE);
?>
--EXPECT--
open,read
bool(true)
