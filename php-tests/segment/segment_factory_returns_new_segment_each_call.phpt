--TEST--
SegmentFactory::newInstance() returns a new Segment bound to the given session and name on every call
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$factory = new Aura\Session\SegmentFactory;
$one = $factory->newInstance($session, 'Name');
$two = $factory->newInstance($session, 'Name');
var_dump(get_class($one), $one === $two);
$one->set('k', 'v');
var_dump($two->get('k'));
var_dump(array_key_exists('Name', $_SESSION));
var_dump($session->getSegment('Name') === $session->getSegment('Name'));
?>
--EXPECT--
string(20) "Aura\Session\Segment"
bool(false)
string(1) "v"
bool(true)
bool(false)
