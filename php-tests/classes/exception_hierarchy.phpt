--TEST--
Aura\Session\Exception extends \Exception and SessionAlreadyStarted extends Aura\Session\Exception
--FILE--
<?php
var_dump(get_parent_class('Aura\Session\Exception'));
var_dump(get_parent_class('Aura\Session\Exception\SessionAlreadyStarted'));
$e = new Aura\Session\Exception\SessionAlreadyStarted('started', 5);
var_dump($e instanceof Aura\Session\Exception, $e instanceof Exception, $e instanceof Throwable);
var_dump($e->getMessage(), $e->getCode());
?>
--EXPECT--
string(9) "Exception"
string(22) "Aura\Session\Exception"
bool(true)
bool(true)
bool(true)
string(7) "started"
int(5)
