--TEST--
Aura.Auth 7 with aura_session.api=4: AuthFactory refuses the 4.x Session with a TypeError naming Aura\Session_Interface\SessionInterface (what a user of Aura.Auth 7 sees without api=7)
--SKIPIF--
<?php include __DIR__ . '/skipif.inc'; ?>
--INI--
aura_session.api=4
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
include __DIR__ . '/auth.inc';

$session = (new Aura\Session\SessionFactory)->newInstance([]);
var_dump(interface_exists('Aura\Session_Interface\SessionInterface', false));
try {
    new Aura\Auth\AuthFactory([], $session);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
bool(false)
Aura\Auth\AuthFactory::__construct(): Argument #2 ($session) must be of type ?Aura\Session_Interface\SessionInterface, Aura\Session\Session given, called in %s on line %d
