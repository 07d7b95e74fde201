--TEST--
A null, array or object key is a TypeError naming the method, the expected type and the caller (remove() takes null); no session is started
--INI--
aura_session.api=7
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Seg');
foreach (['null' => null, 'array' => [], 'object' => new stdClass] as $what => $key) {
    foreach (['get', 'set', 'setFlash', 'getFlash', 'getFlashNext', 'setFlashNow', 'remove'] as $method) {
        try {
            $segment->$method($key, 'value');
            echo "$method($what): no error\n";
        } catch (TypeError $e) {
            echo str_replace(__FILE__, 'FILE', $e->getMessage()), "\n";
        }
    }
}
var_dump(session_status() === PHP_SESSION_NONE, isset($_SESSION));
?>
--EXPECT--
Aura\Session\Segment::get(): Argument #1 ($key) must be of type string, null given, called in FILE on line 7
Aura\Session\Segment::set(): Argument #1 ($key) must be of type string, null given, called in FILE on line 7
Aura\Session\Segment::setFlash(): Argument #1 ($key) must be of type string, null given, called in FILE on line 7
Aura\Session\Segment::getFlash(): Argument #1 ($key) must be of type string, null given, called in FILE on line 7
Aura\Session\Segment::getFlashNext(): Argument #1 ($key) must be of type string, null given, called in FILE on line 7
Aura\Session\Segment::setFlashNow(): Argument #1 ($key) must be of type string, null given, called in FILE on line 7
remove(null): no error
Aura\Session\Segment::get(): Argument #1 ($key) must be of type string, array given, called in FILE on line 7
Aura\Session\Segment::set(): Argument #1 ($key) must be of type string, array given, called in FILE on line 7
Aura\Session\Segment::setFlash(): Argument #1 ($key) must be of type string, array given, called in FILE on line 7
Aura\Session\Segment::getFlash(): Argument #1 ($key) must be of type string, array given, called in FILE on line 7
Aura\Session\Segment::getFlashNext(): Argument #1 ($key) must be of type string, array given, called in FILE on line 7
Aura\Session\Segment::setFlashNow(): Argument #1 ($key) must be of type string, array given, called in FILE on line 7
Aura\Session\Segment::remove(): Argument #1 ($key) must be of type ?string, array given, called in FILE on line 7
Aura\Session\Segment::get(): Argument #1 ($key) must be of type string, stdClass given, called in FILE on line 7
Aura\Session\Segment::set(): Argument #1 ($key) must be of type string, stdClass given, called in FILE on line 7
Aura\Session\Segment::setFlash(): Argument #1 ($key) must be of type string, stdClass given, called in FILE on line 7
Aura\Session\Segment::getFlash(): Argument #1 ($key) must be of type string, stdClass given, called in FILE on line 7
Aura\Session\Segment::getFlashNext(): Argument #1 ($key) must be of type string, stdClass given, called in FILE on line 7
Aura\Session\Segment::setFlashNow(): Argument #1 ($key) must be of type string, stdClass given, called in FILE on line 7
Aura\Session\Segment::remove(): Argument #1 ($key) must be of type ?string, stdClass given, called in FILE on line 7
bool(true)
bool(false)
