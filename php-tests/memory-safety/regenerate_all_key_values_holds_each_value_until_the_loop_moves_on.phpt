--TEST--
regenerateAllKeyValues() holds each value until the loop moves on, as the library's foreach does: an object only a reference kept alive is destroyed after its key's set() and get()
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class Loud
{
    function __construct(public string $name) {}
    function __destruct() { echo "destruct {$this->name}\n"; }
}
class ArraySegment implements Aura\Session\SegmentInterface
{
    public $data;
    public $other;
    function __construct()
    {
        $this->other = ['x' => new Loud('a')];
        $this->data = ['a' => &$this->other['x'], 'b' => 'plain'];
    }
    function get($key, $alt = null) { echo "get $key\n"; return $this->data[$key] ?? $alt; }
    function getSegment() { return $this->data; }
    function set($key, $val) { echo "set $key\n"; $this->data[$key] = $val; echo "set $key done\n"; }
    function clear() {}
    function remove($key = null) {}
    function setFlash($key, $val) {}
    function getFlash($key, $alt = null) {}
    function clearFlash() {}
    function getFlashNext($key, $alt = null) {}
    function setFlashNow($key, $val) {}
    function clearFlashNow() {}
    function keepFlash() {}
}
class CountingRandval implements Aura\Session\RandvalInterface
{
    private $n = 0;
    function generate() { return 'r' . ++$this->n; }
}
$token = new Aura\Session\CsrfToken(new ArraySegment, new CountingRandval);
$token->regenerateAllKeyValues();
echo "end\n";
?>
--EXPECT--
set a
set a done
get a
destruct a
set b
set b done
get b
end
