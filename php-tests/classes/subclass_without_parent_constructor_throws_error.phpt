--TEST--
Subclasses that skip parent::__construct() throw a catchable Error on use, as the PHP library's null properties would
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class BareSegment extends Aura\Session\Segment { function __construct() {} }
class BareToken extends Aura\Session\CsrfToken { function __construct() {} }
class BareSession extends Aura\Session\Session { function __construct() {} }
$calls = [
    'Segment::get' => fn() => (new BareSegment)->get('k'),
    'Segment::set' => fn() => (new BareSegment)->set('k', 1),
    'CsrfToken::getValue' => fn() => (new BareToken)->getValue(),
    'Session::getSegment' => fn() => (new BareSession)->getSegment('S'),
];
foreach ($calls as $label => $call) {
    try {
        $call();
        echo "$label: no error\n";
    } catch (Error $e) {
        echo "$label: ", get_class($e), "\n";
    }
}
var_dump(session_status() === PHP_SESSION_NONE, isset($_SESSION));
?>
--EXPECT--
Segment::get: Error
Segment::set: Error
CsrfToken::getValue: Error
Session::getSegment: Error
bool(true)
bool(false)
