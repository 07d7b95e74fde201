--TEST--
A CsrfToken built on a user SegmentInterface implementation calls its get() and set()
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class ArraySegment implements Aura\Session\SegmentInterface
{
    public $data = [];
    public $log = [];
    function get($key, $alt = null) { $this->log[] = "get $key"; return $this->data[$key] ?? $alt; }
    function getSegment() { $this->log[] = 'getSegment'; return $this->data; }
    function set($key, $val) { $this->log[] = "set $key"; $this->data[$key] = $val; }
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
$segment = new ArraySegment;
$token = new Aura\Session\CsrfToken($segment, new CountingRandval);
var_dump($token->getValue() === hash('sha512', 'r1'));
var_dump($token->isValid(hash('sha512', 'r1')));
$token->regenerateAllKeyValues();
var_dump($segment->data['value'] === hash('sha512', 'r2'));
$counts = array_count_values($segment->log);
ksort($counts);
var_dump(array_keys($counts), $counts['set value'], $counts['getSegment']);
var_dump(isset($_SESSION), session_status() === PHP_SESSION_NONE);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
array(3) {
  [0]=>
  string(9) "get value"
  [1]=>
  string(10) "getSegment"
  [2]=>
  string(9) "set value"
}
int(2)
int(1)
bool(false)
bool(true)
