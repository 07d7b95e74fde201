--TEST--
Session::getSegment() calls newInstance() of a SegmentFactory subclass and returns what it returns
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class MySegment extends Aura\Session\Segment {}
class MySegmentFactory extends Aura\Session\SegmentFactory
{
    function newInstance($session, $name) { return new MySegment($session, "prefixed.$name"); }
}
$session = new Aura\Session\Session(
    new MySegmentFactory,
    new Aura\Session\CsrfTokenFactory(new Aura\Session\Randval),
    new Aura\Session\Phpfunc
);
$segment = $session->getSegment('S');
var_dump(get_class($segment));
$segment->set('k', 'v');
var_dump(array_key_exists('prefixed.S', $_SESSION), array_key_exists('S', $_SESSION));
?>
--EXPECT--
string(9) "MySegment"
bool(true)
bool(false)
