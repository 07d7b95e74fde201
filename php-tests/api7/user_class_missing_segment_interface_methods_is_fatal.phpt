--TEST--
A class implementing Aura\Session\SegmentInterface with only get() and set() is a fatal error naming the Session_Interface methods it lacks
--INI--
aura_session.api=7
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class HalfSegment implements Aura\Session\SegmentInterface
{
    public function get(string $key, mixed $alt = null): mixed { return $alt; }
    public function set(string $key, mixed $val): void {}
}
echo "not reached\n";
?>
--EXPECTF--
Fatal error: Class HalfSegment contains 12 abstract methods and must therefore be declared abstract or implement the remaining methods (Aura\Session_Interface\ManageableSegmentInterface::getSegment, Aura\Session_Interface\ManageableSegmentInterface::clear, Aura\Session_Interface\ManageableSegmentInterface::remove, ...) in %s on line 2
