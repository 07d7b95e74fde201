--TEST--
Session::destroy() calls the delete-cookie callable exactly once with the session name and the cookie params
--INI--
session.use_cookies=0
session.cache_limiter=
session.name=MYSESS
session.cookie_path=/shop
session.cookie_domain=example.com
--FILE--
<?php
$calls = [];
$deleter = function ($name, $params) use (&$calls) {
    $calls[] = func_get_args();
};
$session = (new Aura\Session\SessionFactory)->newInstance([], $deleter);
$session->getSegment('seg')->set('k', 'v');
var_dump($session->destroy());
var_dump(count($calls), count($calls[0]), $calls[0][0]);
var_dump($calls[0][1] === $session->getCookieParams());
var_dump($calls[0][1]['path'], $calls[0][1]['domain']);
var_dump(session_status() === PHP_SESSION_NONE);
?>
--EXPECT--
bool(true)
int(1)
int(2)
string(6) "MYSESS"
bool(true)
string(5) "/shop"
string(11) "example.com"
bool(true)
