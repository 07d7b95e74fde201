--TEST--
In the 6.x line a Segment subclass may declare the 7.x signatures (mixed and return types): they only narrow return types
--INI--
aura_session.api=6
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class NewSegment extends Aura\Session\Segment
{
    public function get(string $key, mixed $alt = null): mixed
    {
        return 'new:' . parent::get($key, $alt);
    }

    public function remove(?string $key = null): void
    {
        parent::remove($key);
    }
}

class NewSession extends Aura\Session\Session
{
    public function start(): bool
    {
        return parent::start();
    }
}

$segment = new NewSegment((new Aura\Session\SessionFactory)->newInstance([]), 'Seg');
$segment->set('k', 'v');
var_dump($segment->get('k'), $segment->remove('k'), $_SESSION['Seg']);
?>
--EXPECT--
string(5) "new:v"
NULL
array(0) {
}
