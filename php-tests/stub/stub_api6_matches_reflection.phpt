--TEST--
stubs/aura_session-api6.stub.php declares exactly what the extension registers with aura_session.api=6
--INI--
aura_session.api=6
--SKIPIF--
<?php
if (!extension_loaded('aura_session')) die('skip aura_session not loaded');
if (!extension_loaded('tokenizer')) die('skip tokenizer needed to load the stub');
?>
--FILE--
<?php
require __DIR__ . '/reflect.inc';

$problems = stub_compare(__DIR__ . '/../../stubs/aura_session-api6.stub.php', 'StubCheck');
echo $problems ? implode("\n", $problems) : 'stub matches the extension', "\n";
?>
--EXPECT--
stub matches the extension
