--TEST--
Aura\Session\Exception\ConcurrentModification extends Aura\Session\Exception
--FILE--
<?php
$e = new Aura\Session\Exception\ConcurrentModification('m');
var_dump($e instanceof Aura\Session\Exception, get_parent_class($e), $e->getMessage());
?>
--EXPECT--
bool(true)
string(22) "Aura\Session\Exception"
string(1) "m"
