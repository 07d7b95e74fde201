--TEST--
Session::regenerateId() without a CsrfToken object changes the id, keeps the data and creates no token segment
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$session->getSegment('seg')->set('k', 'v');
$id = $session->getId();
var_dump($session->regenerateId());
var_dump($session->getId() !== $id, $session->isStarted());
var_dump(array_key_exists('Aura\Session\CsrfToken', $_SESSION), $session->getSegment('seg')->get('k'));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
string(1) "v"
