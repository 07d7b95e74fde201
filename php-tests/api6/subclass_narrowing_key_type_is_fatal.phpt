--TEST--
In the 6.x line a Segment subclass declaring int $key for get() is a fatal error (string $key cannot narrow)
--INI--
aura_session.api=6
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class IntSegment extends Aura\Session\Segment
{
    public function get(int $key, $alt = null)
    {
        return $alt;
    }
}
echo "not reached\n";
?>
--EXPECTF--
Fatal error: Declaration of IntSegment::get(int $key, $alt = null) must be compatible with Aura\Session\Segment::get(string $key, $alt = null) in %s on line 4
