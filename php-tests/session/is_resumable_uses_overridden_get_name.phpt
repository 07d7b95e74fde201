--TEST--
Session::isResumable() asks an overriding getName() for the cookie name
--INI--
session.use_cookies=0
--FILE--
<?php
use Aura\Session\{Session, SegmentFactory, CsrfTokenFactory, Randval, Phpfunc};
class NamedSession extends Session {
    function getName() { return 'APPSESS'; }
}
$make = fn (array $cookies) => new NamedSession(new SegmentFactory, new CsrfTokenFactory(new Randval), new Phpfunc, $cookies);
var_dump($make(['APPSESS' => 'abc'])->isResumable());
var_dump($make([session_name() => 'abc'])->isResumable());
?>
--EXPECT--
bool(true)
bool(false)
