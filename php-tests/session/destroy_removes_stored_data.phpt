--TEST--
After Session::destroy() the next request carrying the old id finds no data
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
use Aura\Session\SessionFactory;

$deleter = function ($name, $params) {};
$session = (new SessionFactory)->newInstance([], $deleter);
$session->getSegment('user')->set('name', 'ada');
$session->getSegment('user')->setFlash('msg', 'hi');
$id = $session->getId();
$session->commit();

$_SESSION = [];
session_id($id);
$session = (new SessionFactory)->newInstance([session_name() => $id], $deleter);
var_dump($session->getSegment('user')->get('name'));
var_dump($session->destroy(), $_SESSION, $session->isStarted());

$_SESSION = [];
session_id($id);
$session = (new SessionFactory)->newInstance([session_name() => $id], $deleter);
var_dump($session->getSegment('user')->get('name', 'none'));
var_dump($session->getSegment('user')->getFlash('msg', 'none'));
?>
--EXPECT--
string(3) "ada"
bool(true)
array(0) {
}
bool(false)
string(4) "none"
string(4) "none"
