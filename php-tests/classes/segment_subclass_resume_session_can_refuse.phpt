--TEST--
A Segment subclass whose resumeSession() returns false stops clear() and remove(); reads still go to $_SESSION
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class NeverResume extends Aura\Session\Segment
{
    protected function resumeSession() { return false; }
}
session_start();
$_SESSION['S'] = ['k' => 'v'];
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = new NeverResume($session, 'S');
var_dump($segment->getSegment());
var_dump($segment->get('k', 'alt'));
$segment->clear();
$segment->remove('k');
$segment->remove();
var_dump($_SESSION['S']);
?>
--EXPECT--
array(1) {
  ["k"]=>
  string(1) "v"
}
string(1) "v"
array(1) {
  ["k"]=>
  string(1) "v"
}
