--TEST--
A segment named by an array or object can be created, but every use of it throws PHP's "Illegal offset type" TypeError and nothing is written
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class Name { public function __toString(): string { return 'seg'; } }
session_start();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$session->getSegment('seg')->set('k', 'kept');
$before = $_SESSION;
foreach (['array' => ['seg'], 'stdClass' => new stdClass, 'Stringable' => new Name] as $label => $name) {
    $segment = $session->getSegment($name);
    foreach (['get' => fn() => $segment->get('k'), 'getSegment' => fn() => $segment->getSegment(), 'set' => fn() => $segment->set('k', 'v'),
              'setFlash' => fn() => $segment->setFlash('k', 'v'), 'clear' => fn() => $segment->clear(), 'remove' => fn() => $segment->remove()] as $method => $call) {
        try {
            $call();
            echo "$label $method: no exception\n";
        } catch (TypeError $e) {
            echo "$label $method: ", get_class($e), str_starts_with($e->getMessage(), 'Illegal offset type') ? ' (Illegal offset type)' : ': ' . $e->getMessage(), "\n";
        }
    }
}
var_dump($_SESSION === $before);
echo "still running\n";
?>
--EXPECT--
array get: TypeError (Illegal offset type)
array getSegment: TypeError (Illegal offset type)
array set: TypeError (Illegal offset type)
array setFlash: TypeError (Illegal offset type)
array clear: TypeError (Illegal offset type)
array remove: TypeError (Illegal offset type)
stdClass get: TypeError (Illegal offset type)
stdClass getSegment: TypeError (Illegal offset type)
stdClass set: TypeError (Illegal offset type)
stdClass setFlash: TypeError (Illegal offset type)
stdClass clear: TypeError (Illegal offset type)
stdClass remove: TypeError (Illegal offset type)
Stringable get: TypeError (Illegal offset type)
Stringable getSegment: TypeError (Illegal offset type)
Stringable set: TypeError (Illegal offset type)
Stringable setFlash: TypeError (Illegal offset type)
Stringable clear: TypeError (Illegal offset type)
Stringable remove: TypeError (Illegal offset type)
bool(true)
still running
