--TEST--
In the 6.x line a Segment subclass may keep the 4.x signatures (untyped $key): dropping a parameter type widens it
--INI--
aura_session.api=6
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class OldSegment extends Aura\Session\Segment
{
    public function get($key, $alt = null)
    {
        return 'old:' . parent::get($key, $alt);
    }

    public function remove($key = null)
    {
        echo "remove\n";
        parent::remove($key);
    }
}

$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = new OldSegment($session, 'Seg');
$segment->set('k', 'v');
var_dump($segment->get('k'));
$segment->remove('k');
var_dump($_SESSION['Seg']);
?>
--EXPECT--
string(5) "old:v"
remove
array(0) {
}
