--TEST--
An exception thrown by the destructor of the segment a second CsrfToken::__construct() call replaces comes out of that call, and the new segment is in place
--FILE--
<?php
class ThrowingSegment extends Aura\Session\Segment
{
    function __destruct() { throw new RuntimeException('from the old segment'); }
}
class FixedRandval implements Aura\Session\RandvalInterface
{
    function generate() { return 'r'; }
}
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$token = new Aura\Session\CsrfToken(new ThrowingSegment($session, 'a'), new FixedRandval);
$replacement = new Aura\Session\Segment($session, 'b');
try {
    $token->__construct($replacement, new FixedRandval);
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
$segment = (new ReflectionProperty($token, 'segment'))->getValue($token);
var_dump($segment === $replacement);
?>
--EXPECT--
RuntimeException: from the old segment
bool(true)
