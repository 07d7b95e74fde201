--TEST--
User classes can extend Aura\Session\Exception and SessionAlreadyStarted, with their own constructor
--FILE--
<?php
class MyError extends Aura\Session\Exception
{
    public $extra;
    function __construct($extra) { parent::__construct("my: $extra", 42); $this->extra = $extra; }
}
class MyStarted extends Aura\Session\Exception\SessionAlreadyStarted {}
try {
    throw new MyError('detail');
} catch (Aura\Session\Exception $e) {
    var_dump(get_class($e), $e->getMessage(), $e->getCode(), $e->extra);
}
try {
    throw new MyStarted('x');
} catch (Aura\Session\Exception\SessionAlreadyStarted $e) {
    var_dump(get_class($e), $e instanceof Exception);
}
?>
--EXPECT--
string(7) "MyError"
string(10) "my: detail"
int(42)
string(6) "detail"
string(9) "MyStarted"
bool(true)
