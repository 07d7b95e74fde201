--TEST--
A Segment subclass with an extra constructor argument works after calling parent::__construct()
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class TaggedSegment extends Aura\Session\Segment
{
    public $tag;
    function __construct($session, $name, $tag)
    {
        parent::__construct($session, $name);
        $this->tag = $tag;
    }
}
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = new TaggedSegment($session, 'Tagged', 'blue');
$segment->set('k', 'v');
var_dump($segment->tag, $segment->get('k'), $_SESSION['Tagged']);
?>
--EXPECT--
string(4) "blue"
string(1) "v"
array(1) {
  ["k"]=>
  string(1) "v"
}
