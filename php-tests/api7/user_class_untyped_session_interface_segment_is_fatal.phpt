--TEST--
Implementing Aura\Session_Interface\SegmentInterface with untyped methods is a fatal error
--INI--
aura_session.api=7
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class UntypedSegment implements Aura\Session_Interface\SegmentInterface
{
    public function get($key, $alt = null) { return $alt; }
    public function set($key, $val) {}
}
echo "not reached\n";
?>
--EXPECTF--
Fatal error: Declaration of UntypedSegment::get($key, $alt = null) must be compatible with Aura\Session_Interface\SegmentInterface::get(string $key, mixed $alt = null): mixed in %s on line 4
