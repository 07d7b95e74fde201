--TEST--
Session/CsrfToken/Segment reference cycles are collected by gc_collect_cycles() and memory returns to the baseline
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session\SessionFactory;

// Each round builds, then drops, two kinds of cycles:
//  - Session -> CsrfToken -> Segment -> Session (getCsrfToken());
//  - Session -> delete-cookie closure -> Segment -> Session, and
//    Session -> cookies array -> Segment -> Session.
function make_cycles(SessionFactory $factory, int $i, bool $useToken): void
{
    $session = $factory->newInstance([]);
    $token = $session->getCsrfToken();
    if ($useToken) {
        $token->getValue('k' . ($i % 4));
        $token->isValid('nope', 'k' . ($i % 4));
    }
    $segment = $session->getSegment('Cycles\Segment');
    $session->setDeleteCookie(function ($name, $params) use ($segment) {
        return $segment;
    });
    $segment->get('x');

    $byCookies = $factory->newInstance([]);
    $held = $byCookies->getSegment('Cycles\Other');
    $cookies = ['holder' => $held];
    $byCookies = $factory->newInstance($cookies);
    $held2 = $byCookies->getSegment('Cycles\Other');
    $byCookies->setDeleteCookie([$held2, 'get']);
}

$factory = new SessionFactory;
$factory->newInstance([])->getSegment('Cycles\Segment')->set('started', true);

// Warm-up of the same size: the engine's object store grows to hold that
// many live objects, and keeps its size, so the baseline includes it.
$rounds = 400;
for ($i = 0; $i < $rounds; $i++) {
    make_cycles($factory, $i, true);
}
gc_collect_cycles();
$baseline = memory_get_usage();
$runsBefore = gc_status()['runs'];

for ($i = 0; $i < $rounds; $i++) {
    make_cycles($factory, $i, $i % 2 === 0);
}
$grown = memory_get_usage();
$automaticRuns = gc_status()['runs'] - $runsBefore;
$collected = gc_collect_cycles();
$after = memory_get_usage();

// Objects per round still in cycles: Session, CsrfToken, its Segment, the
// Segment and closure (first kind), two Sessions and two Segments (second).
echo 'gc_collect_cycles() freed objects: ', $collected > 0 ? 'yes' : 'no', "\n";
echo 'freed at least 5 per round: ', ($automaticRuns > 0 || $collected >= 5 * $rounds) ? 'yes' : "no ($collected)", "\n";
echo 'memory grew while the cycles lived: ', ($grown > $baseline || getenv('USE_ZEND_ALLOC') === '0') ? 'yes' : 'no', "\n";
echo 'memory back to baseline (within 4 KiB): ', ($after - $baseline) < 4096 ? 'yes' : 'no (' . ($after - $baseline) . ' bytes over)', "\n";

// A dropped Session kept alive only by its own cycle.
$session = $factory->newInstance([]);
$session->getCsrfToken()->getValue();
$weak = WeakReference::create($session);
$weakToken = WeakReference::create($session->getCsrfToken());
unset($session);
var_dump($weak->get() instanceof Aura\Session\Session);
var_dump(gc_collect_cycles() > 0);
var_dump($weak->get(), $weakToken->get());
?>
--EXPECT--
gc_collect_cycles() freed objects: yes
freed at least 5 per round: yes
memory grew while the cycles lived: yes
memory back to baseline (within 4 KiB): yes
bool(true)
bool(true)
NULL
NULL
