--TEST--
SessionFactory::newInstance() builds a Session with SegmentFactory, CsrfTokenFactory(Randval), Phpfunc and the cookies
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$factory = new Aura\Session\SessionFactory;
$session = $factory->newInstance([session_name() => 'abc']);
var_dump(get_class($session));
var_dump($session->isResumable());
var_dump($factory->newInstance([])->isResumable());
var_dump($factory->newInstance([]) === $factory->newInstance([]));
var_dump(get_class($session->getSegment('S')));
$token = $session->getCsrfToken();
var_dump(get_class($token));
var_dump((bool) preg_match('/\A[0-9a-f]{128}\z/', $token->getValue()));
var_dump($session->getCookieParams() == session_get_cookie_params());
?>
--EXPECT--
string(20) "Aura\Session\Session"
bool(true)
bool(false)
bool(false)
string(20) "Aura\Session\Segment"
string(22) "Aura\Session\CsrfToken"
bool(true)
bool(true)
