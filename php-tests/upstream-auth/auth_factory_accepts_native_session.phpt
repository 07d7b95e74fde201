--TEST--
Aura.Auth 7: AuthFactory takes the extension's Session and Segment for its Aura\Session_Interface parameters
--SKIPIF--
<?php include __DIR__ . '/skipif.inc'; ?>
--INI--
aura_session.api=7
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
include __DIR__ . '/auth.inc';

$ctor = new ReflectionMethod(Aura\Auth\AuthFactory::class, '__construct');
foreach (array_slice($ctor->getParameters(), 1) as $param) {
    echo $param->getName(), ': ', $param->getType(), "\n";
}

$session = (new Aura\Session\SessionFactory)->newInstance($_COOKIE);
$segment = $session->getSegment('Aura\Auth\Auth');
var_dump($session instanceof Aura\Session_Interface\SessionInterface);
var_dump($segment instanceof Aura\Session_Interface\SegmentInterface);

// the session alone (the factory makes Aura.Auth's own segment)
$factory = new Aura\Auth\AuthFactory($_COOKIE, $session);
echo get_class($factory), "\n";

// the session and a segment of it
$auth = (new Aura\Auth\AuthFactory($_COOKIE, $session, $segment))->newInstance();
var_dump($auth->getStatus(), $auth->isAnon(), $session->isStarted());
?>
--EXPECT--
session: ?Aura\Session_Interface\SessionInterface
segment: ?Aura\Session_Interface\SegmentInterface
bool(true)
bool(true)
Aura\Auth\AuthFactory
string(4) "ANON"
bool(true)
bool(false)
