--TEST--
Calling the classes' methods with too few arguments throws ArgumentCountError
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('S');
$calls = [
    'Segment::get' => fn() => $segment->get(),
    'Segment::set' => fn() => $segment->set('k'),
    'Segment::setFlash' => fn() => $segment->setFlash(),
    'Session::getSegment' => fn() => $session->getSegment(),
    'SegmentFactory::newInstance' => fn() => (new Aura\Session\SegmentFactory)->newInstance($session),
    'CsrfToken::isValid' => fn() => $session->getCsrfToken()->isValid(),
    'new Segment' => fn() => new Aura\Session\Segment($session),
    'new CsrfTokenFactory' => fn() => new Aura\Session\CsrfTokenFactory(),
    'SessionFactory::newInstance' => fn() => (new Aura\Session\SessionFactory)->newInstance(),
];
foreach ($calls as $label => $call) {
    try {
        $call();
        echo "$label: no error\n";
    } catch (ArgumentCountError $e) {
        echo "$label: ArgumentCountError\n";
    }
}
var_dump(session_status() === PHP_SESSION_NONE);
?>
--EXPECT--
Segment::get: ArgumentCountError
Segment::set: ArgumentCountError
Segment::setFlash: ArgumentCountError
Session::getSegment: ArgumentCountError
SegmentFactory::newInstance: ArgumentCountError
CsrfToken::isValid: ArgumentCountError
new Segment: ArgumentCountError
new CsrfTokenFactory: ArgumentCountError
SessionFactory::newInstance: ArgumentCountError
bool(true)
