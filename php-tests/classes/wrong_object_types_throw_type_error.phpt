--TEST--
Passing the wrong object type to a typed constructor or factory parameter throws TypeError
--FILE--
<?php
use Aura\Session as A;
$session = (new A\SessionFactory)->newInstance([]);
$calls = [
    'new Segment(stdClass)' => fn() => new A\Segment(new stdClass, 'S'),
    'new CsrfToken(Session, Randval)' => fn() => new A\CsrfToken($session, new A\Randval),
    'new CsrfToken(Segment, stdClass)' => fn() => new A\CsrfToken($session->getSegment('S'), new stdClass),
    'new CsrfTokenFactory(string)' => fn() => new A\CsrfTokenFactory('randval'),
    'new Session(wrong order)' => fn() => new A\Session(new A\CsrfTokenFactory(new A\Randval), new A\SegmentFactory, new A\Phpfunc),
    'new Session(null phpfunc)' => fn() => new A\Session(new A\SegmentFactory, new A\CsrfTokenFactory(new A\Randval), null),
    'new Session(cookies string)' => fn() => new A\Session(new A\SegmentFactory, new A\CsrfTokenFactory(new A\Randval), new A\Phpfunc, 'cookies'),
    'SegmentFactory::newInstance(stdClass)' => fn() => (new A\SegmentFactory)->newInstance(new stdClass, 'S'),
    'CsrfTokenFactory::newInstance(Segment)' => fn() => (new A\CsrfTokenFactory(new A\Randval))->newInstance($session->getSegment('S')),
    'SessionFactory::newInstance(string)' => fn() => (new A\SessionFactory)->newInstance('cookies'),
];
foreach ($calls as $label => $call) {
    try {
        $call();
        echo "$label: no error\n";
    } catch (TypeError $e) {
        echo "$label: TypeError\n";
    }
}
?>
--EXPECT--
new Segment(stdClass): TypeError
new CsrfToken(Session, Randval): TypeError
new CsrfToken(Segment, stdClass): TypeError
new CsrfTokenFactory(string): TypeError
new Session(wrong order): TypeError
new Session(null phpfunc): TypeError
new Session(cookies string): TypeError
SegmentFactory::newInstance(stdClass): TypeError
CsrfTokenFactory::newInstance(Segment): TypeError
SessionFactory::newInstance(string): TypeError
