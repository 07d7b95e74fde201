--TEST--
A Segment subclass can read the protected $session and $name properties, as with the PHP library
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class IntrospectSegment extends Aura\Session\Segment
{
    function describe() { return [get_class($this->session), $this->name]; }
}
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = new IntrospectSegment($session, 'Vendor\Package');
var_dump($segment->describe());
?>
--EXPECT--
array(2) {
  [0]=>
  string(20) "Aura\Session\Session"
  [1]=>
  string(14) "Vendor\Package"
}
