--TEST--
User classes implementing SegmentInterface and RandvalInterface with untyped methods compile and pass instanceof
--FILE--
<?php
class NullSegment implements Aura\Session\SegmentInterface
{
    function get($key, $alt = null) { return $alt; }
    function getSegment() { return null; }
    function set($key, $val) {}
    function clear() {}
    function remove($key = null) {}
    function setFlash($key, $val) {}
    function getFlash($key, $alt = null) { return $alt; }
    function clearFlash() {}
    function getFlashNext($key, $alt = null) { return $alt; }
    function setFlashNow($key, $val) {}
    function clearFlashNow() {}
    function keepFlash() {}
}
class ConstRandval implements Aura\Session\RandvalInterface
{
    function generate() { return 'c'; }
}
$segment = new NullSegment;
var_dump($segment instanceof Aura\Session\SegmentInterface, $segment->get('k', 'alt'));
var_dump(new ConstRandval instanceof Aura\Session\RandvalInterface);
var_dump(get_class(new Aura\Session\CsrfToken($segment, new ConstRandval)));
?>
--EXPECT--
bool(true)
string(3) "alt"
bool(true)
string(22) "Aura\Session\CsrfToken"
