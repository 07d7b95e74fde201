--TEST--
Randval::generate() returns a 32-byte binary string
--FILE--
<?php
$randval = new Aura\Session\Randval;
$bytes = $randval->generate();
var_dump(is_string($bytes), strlen($bytes));
var_dump($randval instanceof Aura\Session\RandvalInterface);
?>
--EXPECT--
bool(true)
int(32)
bool(true)
