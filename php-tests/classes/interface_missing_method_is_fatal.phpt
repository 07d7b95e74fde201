--TEST--
A class implementing SegmentInterface without all its methods is a fatal error, as for a PHP interface
--FILE--
<?php
class HalfSegment implements Aura\Session\SegmentInterface
{
    function get($key, $alt = null) {}
}
echo "not reached\n";
?>
--EXPECTF--
Fatal error: Class HalfSegment contains 11 abstract methods and must therefore be declared abstract or implement the remaining methods (Aura\Session\SegmentInterface::getSegment, Aura\Session\SegmentInterface::set, Aura\Session\SegmentInterface::clear, ...) in %s on line %d
