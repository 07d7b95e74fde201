--TEST--
An array or object (even a Stringable one) as a segment key throws PHP's "Illegal offset type" TypeError from every keyed method, and nothing changes
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class Name { public function __toString(): string { return 'k'; } }
session_start();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('seg');
$segment->set('k', 'kept');
$before = $_SESSION;
foreach (['array' => ['k'], 'stdClass' => new stdClass, 'Stringable' => new Name] as $label => $key) {
    foreach (['get' => fn() => $segment->get($key), 'set' => fn() => $segment->set($key, 'v'), 'remove' => fn() => $segment->remove($key),
              'getFlash' => fn() => $segment->getFlash($key), 'getFlashNext' => fn() => $segment->getFlashNext($key),
              'setFlash' => fn() => $segment->setFlash($key, 'v'), 'setFlashNow' => fn() => $segment->setFlashNow($key, 'v')] as $name => $call) {
        try {
            $call();
            echo "$label $name: no exception\n";
        } catch (TypeError $e) {
            echo "$label $name: ", get_class($e), ': ', $e->getMessage(), "\n";
        }
    }
}
var_dump($_SESSION === $before);
echo "still running\n";
?>
--EXPECT--
array get: TypeError: Illegal offset type in isset or empty
array set: TypeError: Illegal offset type
array remove: TypeError: Illegal offset type in unset
array getFlash: TypeError: Illegal offset type in isset or empty
array getFlashNext: TypeError: Illegal offset type in isset or empty
array setFlash: TypeError: Illegal offset type
array setFlashNow: TypeError: Illegal offset type
stdClass get: TypeError: Illegal offset type in isset or empty
stdClass set: TypeError: Illegal offset type
stdClass remove: TypeError: Illegal offset type in unset
stdClass getFlash: TypeError: Illegal offset type in isset or empty
stdClass getFlashNext: TypeError: Illegal offset type in isset or empty
stdClass setFlash: TypeError: Illegal offset type
stdClass setFlashNow: TypeError: Illegal offset type
Stringable get: TypeError: Illegal offset type in isset or empty
Stringable set: TypeError: Illegal offset type
Stringable remove: TypeError: Illegal offset type in unset
Stringable getFlash: TypeError: Illegal offset type in isset or empty
Stringable getFlashNext: TypeError: Illegal offset type in isset or empty
Stringable setFlash: TypeError: Illegal offset type
Stringable setFlashNow: TypeError: Illegal offset type
bool(true)
still running
