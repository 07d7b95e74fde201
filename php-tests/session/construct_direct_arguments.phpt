--TEST--
Session::__construct() with its collaborators given by hand starts nothing and copies the cookie params
--INI--
session.use_cookies=0
session.cookie_path=/app
session.cookie_domain=example.org
--FILE--
<?php
use Aura\Session\{Session, SegmentFactory, CsrfTokenFactory, Randval, Phpfunc};

$session = new Session(new SegmentFactory, new CsrfTokenFactory(new Randval), new Phpfunc);
var_dump($session->isStarted(), $session->isResumable());
var_dump($session->getCookieParams() === session_get_cookie_params());
var_dump($session->getCookieParams()['path'], $session->getCookieParams()['domain']);
var_dump(session_status() === PHP_SESSION_NONE, isset($_SESSION));
?>
--EXPECT--
bool(false)
bool(false)
bool(true)
string(4) "/app"
string(11) "example.org"
bool(true)
bool(false)
