--TEST--
Both exception classes can be constructed, thrown and caught as \Exception or as Aura\Session\Exception
--FILE--
<?php
try {
    throw new Aura\Session\Exception('plain', 1, new RuntimeException('inner'));
} catch (Exception $e) {
    var_dump(get_class($e), $e->getMessage(), $e->getCode(), $e->getPrevious()->getMessage());
}
try {
    throw new Aura\Session\Exception\SessionAlreadyStarted('already');
} catch (Aura\Session\Exception $e) {
    var_dump(get_class($e), $e->getMessage(), $e->getLine());
}
$e = new Aura\Session\Exception;
var_dump($e->getMessage(), $e->getCode());
?>
--EXPECT--
string(22) "Aura\Session\Exception"
string(5) "plain"
int(1)
string(5) "inner"
string(44) "Aura\Session\Exception\SessionAlreadyStarted"
string(7) "already"
int(8)
string(0) ""
int(0)
