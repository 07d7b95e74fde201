--TEST--
A Segment subclass overriding get() with the 4.x signature (no types, no return type) is a fatal error
--INI--
aura_session.api=7
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class OldSegment extends Aura\Session\Segment
{
    public function get($key, $alt = null)
    {
        return parent::get($key, $alt);
    }
}
echo "not reached\n";
?>
--EXPECTF--
Fatal error: Declaration of OldSegment::get($key, $alt = null) must be compatible with Aura\Session\Segment::get(string $key, mixed $alt = null): mixed in %s on line 4
