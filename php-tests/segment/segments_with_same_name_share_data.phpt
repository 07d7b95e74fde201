--TEST--
Two Segment objects with the same name read and write the same $_SESSION slice
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$first = $session->getSegment('Shared');
$second = $session->getSegment('Shared');
var_dump($first === $second);
$first->set('k', 'v');
var_dump($second->get('k'));
$second->remove('k');
var_dump($first->get('k', 'removed'));
?>
--EXPECT--
bool(false)
string(1) "v"
string(7) "removed"
