--TEST--
A Segment subclass may widen parameter types and narrow return types (mixed $key, ?array getSegment(), true start()), as PHP allows against the 7.x signatures
--INI--
aura_session.api=7
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class WideSegment extends Aura\Session\Segment
{
    public function get(mixed $key, mixed $alt = null, mixed ...$more): mixed
    {
        return 'wide';
    }

    public function getSegment(): ?array
    {
        return null;
    }

    public function remove(string|int|null $key = null): void
    {
    }
}

class AlwaysStarted extends Aura\Session\Session
{
    public function start(): true
    {
        return true;
    }
}

$segment = new WideSegment((new Aura\Session\SessionFactory)->newInstance([]), 'Seg');
var_dump($segment->get([]), $segment->getSegment(), $segment->remove(5));
?>
--EXPECT--
string(4) "wide"
NULL
NULL
