--TEST--
Under strict_types, a key that is not a string (int, float, Stringable; bool has its own test) is a TypeError, as for a method declaring string $key; remove(null) is allowed
--INI--
aura_session.api=6
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
declare(strict_types=1);

class Label
{
    public function __toString(): string
    {
        return 'label';
    }
}

$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Seg');
foreach (['int' => 5, 'float' => 1.5, 'Stringable' => new Label] as $what => $key) {
    foreach (['get', 'set', 'setFlash', 'getFlash', 'getFlashNext', 'setFlashNow', 'remove'] as $method) {
        try {
            $segment->$method($key, 'value');
            echo "$method($what): no error\n";
        } catch (TypeError $e) {
            echo str_replace(__FILE__, 'FILE', $e->getMessage()), "\n";
        }
    }
}
var_dump(session_status() === PHP_SESSION_NONE);
$segment->set('5', 'five');
var_dump($segment->get('5'), $segment->remove(null), $segment->get('5'));
?>
--EXPECT--
Aura\Session\Segment::get(): Argument #1 ($key) must be of type string, int given, called in FILE on line 17
Aura\Session\Segment::set(): Argument #1 ($key) must be of type string, int given, called in FILE on line 17
Aura\Session\Segment::setFlash(): Argument #1 ($key) must be of type string, int given, called in FILE on line 17
Aura\Session\Segment::getFlash(): Argument #1 ($key) must be of type string, int given, called in FILE on line 17
Aura\Session\Segment::getFlashNext(): Argument #1 ($key) must be of type string, int given, called in FILE on line 17
Aura\Session\Segment::setFlashNow(): Argument #1 ($key) must be of type string, int given, called in FILE on line 17
Aura\Session\Segment::remove(): Argument #1 ($key) must be of type ?string, int given, called in FILE on line 17
Aura\Session\Segment::get(): Argument #1 ($key) must be of type string, float given, called in FILE on line 17
Aura\Session\Segment::set(): Argument #1 ($key) must be of type string, float given, called in FILE on line 17
Aura\Session\Segment::setFlash(): Argument #1 ($key) must be of type string, float given, called in FILE on line 17
Aura\Session\Segment::getFlash(): Argument #1 ($key) must be of type string, float given, called in FILE on line 17
Aura\Session\Segment::getFlashNext(): Argument #1 ($key) must be of type string, float given, called in FILE on line 17
Aura\Session\Segment::setFlashNow(): Argument #1 ($key) must be of type string, float given, called in FILE on line 17
Aura\Session\Segment::remove(): Argument #1 ($key) must be of type ?string, float given, called in FILE on line 17
Aura\Session\Segment::get(): Argument #1 ($key) must be of type string, Label given, called in FILE on line 17
Aura\Session\Segment::set(): Argument #1 ($key) must be of type string, Label given, called in FILE on line 17
Aura\Session\Segment::setFlash(): Argument #1 ($key) must be of type string, Label given, called in FILE on line 17
Aura\Session\Segment::getFlash(): Argument #1 ($key) must be of type string, Label given, called in FILE on line 17
Aura\Session\Segment::getFlashNext(): Argument #1 ($key) must be of type string, Label given, called in FILE on line 17
Aura\Session\Segment::setFlashNow(): Argument #1 ($key) must be of type string, Label given, called in FILE on line 17
Aura\Session\Segment::remove(): Argument #1 ($key) must be of type ?string, Label given, called in FILE on line 17
bool(true)
string(4) "five"
NULL
NULL
