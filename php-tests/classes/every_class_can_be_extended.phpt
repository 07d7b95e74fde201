--TEST--
Every non-interface class can be extended by a user class with untyped methods
--FILE--
<?php
use Aura\Session as A;
class MySession extends A\Session { function getName() { return 'mine'; } }
class MySegment extends A\Segment { function get($key, $alt = null) { return 'x'; } }
class MySegmentFactory extends A\SegmentFactory { function newInstance($session, $name) { return 'seg'; } }
class MyCsrfToken extends A\CsrfToken { function getValue($key = 'value') { return 'tok'; } }
class MyCsrfTokenFactory extends A\CsrfTokenFactory { function newInstance($session) { return 'csrf'; } }
class MyRandval extends A\Randval { function generate() { return 'r'; } }
class MyPhpfunc extends A\Phpfunc { function __call($func, $args) { return "called $func"; } }
class MySessionFactory extends A\SessionFactory { function newInstance($cookies, $delete_cookie = null) { return 'session'; } }

$session = new MySession(new A\SegmentFactory, new A\CsrfTokenFactory(new A\Randval), new A\Phpfunc);
var_dump($session->getName());
var_dump((new MySegment($session, 'n'))->get('k'));
var_dump((new MySegmentFactory)->newInstance($session, 'n'));
var_dump((new MyCsrfToken($session->getSegment('c'), new A\Randval))->getValue());
var_dump((new MyCsrfTokenFactory(new A\Randval))->newInstance($session));
var_dump((new MyRandval)->generate());
var_dump((new MyPhpfunc)->strlen('abc'));
var_dump((new MySessionFactory)->newInstance([]));
var_dump(session_status() === PHP_SESSION_NONE);
?>
--EXPECT--
string(4) "mine"
string(1) "x"
string(3) "seg"
string(3) "tok"
string(4) "csrf"
string(1) "r"
string(13) "called strlen"
string(7) "session"
bool(true)
