--TEST--
lazy_lock=1: a read of an array (or of the whole segment) conflicts when anything inside it changed
--INI--
aura_session.lazy_lock=1
--FILE--
<?php
include __DIR__ . '/store.inc';
Store::$data['abc'] = Store::encode(['s' => ['list' => [1, 2]], 't' => ['x' => 1]]);
$session = (new Aura\Session\SessionFactory)->newInstance([session_name() => 'abc']);
$s = $session->getSegment('s');
$t = $session->getSegment('t');
$s->get('list');
Store::commitElsewhere('abc', function (array &$d) { $d['s']['list'][] = 3; });
try { $s->set('k', 1); } catch (Aura\Session\Exception\ConcurrentModification $e) { echo $e->getMessage(), "\n"; }
$t->getSegment();
Store::commitElsewhere('abc', function (array &$d) { $d['t']['y'] = 2; });
try { $t->set('k', 1); } catch (Aura\Session\Exception\ConcurrentModification $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECT--
$_SESSION['s']['list'] changed in the session store since this request read it, so nothing was written
$_SESSION['t'] changed in the session store since this request read it, so nothing was written
