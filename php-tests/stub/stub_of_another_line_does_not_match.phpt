--TEST--
The stub check tells the API lines apart: with aura_session.api=7 the 4.x and 6.x stubs are reported, the 7.x stub without $returnTypes too
--INI--
aura_session.api=7
--SKIPIF--
<?php
if (!extension_loaded('aura_session')) die('skip aura_session not loaded');
if (!extension_loaded('tokenizer')) die('skip tokenizer needed to load the stub');
?>
--FILE--
<?php
require __DIR__ . '/reflect.inc';

$stubs = __DIR__ . '/../../stubs/';
$four = stub_compare($stubs . 'aura_session.stub.php', 'StubCheck4');
$six = stub_compare($stubs . 'aura_session-api6.stub.php', 'StubCheck6');
$seven = stub_compare($stubs . 'aura_session-api7.stub.php', 'StubCheck7');
foreach (['4.x' => $four, '6.x' => $six] as $line => $problems) {
    echo $line, ': ', in_array('Aura\Session_Interface\SessionInterface: missing from the stub', $problems, true) ? 'Session_Interface missing' : 'not reported', "\n";
    echo $line, ': ', in_array('Aura\Session\Session, method start(): return type is bool in the extension but (none) in the stub', $problems, true) ? 'start(): bool missing' : 'not reported', "\n";
}
echo '7.x without $returnTypes: ', count(array_filter($seven, fn ($p) => str_contains($p, 'declares a native return type'))), " return types reported\n";
?>
--EXPECT--
4.x: Session_Interface missing
4.x: start(): bool missing
6.x: Session_Interface missing
6.x: start(): bool missing
7.x without $returnTypes: 34 return types reported
