--TEST--
A Segment subclass overriding clear() without the void return type is a fatal error
--INI--
aura_session.api=7
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class OldSegment extends Aura\Session\Segment
{
    public function clear()
    {
        parent::clear();
    }
}
echo "not reached\n";
?>
--EXPECTF--
Fatal error: Declaration of OldSegment::clear() must be compatible with Aura\Session\Segment::clear(): void in %s on line 4
