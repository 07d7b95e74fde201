--TEST--
A Phpfunc subclass declaring its own empty __construct() works as the Session's Phpfunc
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class MyPhpfunc extends Aura\Session\Phpfunc
{
    public $made;
    function __construct() { $this->made = true; }
}
$php = new MyPhpfunc;
var_dump($php->made, $php->strrev('abc'));
$session = new Aura\Session\Session(
    new Aura\Session\SegmentFactory,
    new Aura\Session\CsrfTokenFactory(new Aura\Session\Randval),
    $php
);
$session->getSegment('S')->set('k', 'v');
var_dump($session->isStarted(), $_SESSION['S']);
?>
--EXPECT--
bool(true)
string(3) "cba"
bool(true)
array(1) {
  ["k"]=>
  string(1) "v"
}
