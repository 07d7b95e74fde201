--TEST--
Session::commit() writes the data, closes the session, and the next request reads it back
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
use Aura\Session\SessionFactory;

$session = (new SessionFactory)->newInstance([]);
$session->getSegment('user')->set('name', 'ada');
$id = $session->getId();
var_dump($session->commit());
var_dump($session->isStarted(), session_status() === PHP_SESSION_NONE);

// next request
$_SESSION = [];
session_id($id);
$session = (new SessionFactory)->newInstance([session_name() => $id]);
var_dump($session->getSegment('user')->get('name'));
var_dump($session->getId() === $id);
?>
--EXPECT--
bool(true)
bool(false)
bool(true)
string(3) "ada"
bool(true)
