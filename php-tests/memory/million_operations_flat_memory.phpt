--TEST--
A million mixed Session/Segment/CsrfToken operations in one request leave memory_get_usage() flat
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
memory_limit=256M
--FILE--
<?php
use Aura\Session\SessionFactory;

// memory_get_usage() only sees the Zend allocator: under valgrind
// (USE_ZEND_ALLOC=0, scripts/memcheck.sh) it is always 0, so there the test
// only runs a sample of the mix for valgrind to watch.
$rounds = getenv('USE_ZEND_ALLOC') === '0' ? 400 : 40000;
$opsPerRound = 25;

$factory = new SessionFactory;
$session = $factory->newInstance([]);
$session->start();
$id = session_id();
$keys = ['alpha', 'beta', 'gamma', 'delta', 7, 8, '9', 'ten'];
$flashKeys = ['notice', 'error', 'info', 'warning'];
$ops = 0;

function round_of_ops(int $i, $session, SessionFactory $factory, array $keys, array $flashKeys, string $id): int
{
    $seg = $session->getSegment('Mem\Segment' . ($i % 4));                 // 1
    $key = $keys[$i % 8];
    $seg->set($key, "value $i");                                          // 2
    $seg->get($key);                                                      // 3
    $seg->get('missing', ['alt', $i]);                                    // 4
    $seg->set('list', [$i, "x$i", ['nested' => $i]]);                     // 5
    $seg->setFlash($flashKeys[$i % 4], "flash $i");                        // 6
    $seg->getFlash($flashKeys[($i + 1) % 4], 'none');                      // 7
    $seg->setFlashNow('now', $i);                                         // 8
    $seg->getFlashNext($flashKeys[$i % 4]);                               // 9
    $seg->keepFlash();                                                    // 10
    if ($i % 3 === 0) {
        $seg->clearFlash();                                               // 11
    } else {
        $seg->clearFlashNow();
    }
    $seg->remove($keys[($i + 3) % 8]);                                    // 12
    $seg->getSegment();                                                   // 13
    $token = $session->getCsrfToken();                                    // 14
    $value = $token->getValue();                                          // 15
    $token->isValid($value);                                              // 16
    $token->isValid('forged');                                            // 17
    $token->isValid(['not', 'a', 'string']);                              // 18
    $token->getValue('form' . ($i % 3));                                  // 19
    if ($i % 50 === 0) {
        $token->regenerateValue('form0');
    }
    // A second Session object on the same active session, as a controller
    // built from the container would make one.
    $other = $factory->newInstance([session_name() => $id]);              // 20
    $otherSeg = $other->getSegment('Mem\Segment' . (($i + 1) % 4));        // 21
    $otherSeg->get($key, 'alt');                                          // 22
    $otherSeg->set('seen', $i);                                           // 23
    $other->getCsrfToken()->isValid($value);                              // 24
    if ($i % 10 === 0) {
        $seg->clear();
        $other->keepFlash();
        $other->clearFlash();
    } else {
        $session->isStarted();
    }                                                                     // 25
    return 25;
}

$warmup = intdiv($rounds, 10);
for ($i = 0; $i < $warmup; $i++) {
    $ops += round_of_ops($i, $session, $factory, $keys, $flashKeys, $id);
}
gc_collect_cycles();
$before = memory_get_usage();
for (; $i < $rounds; $i++) {
    $ops += round_of_ops($i, $session, $factory, $keys, $flashKeys, $id);
}
gc_collect_cycles();
$after = memory_get_usage();

var_dump($ops === $rounds * $opsPerRound);
echo 'memory growth below 64 KiB: ', ($after - $before) < 64 * 1024 ? 'yes' : 'no (' . ($after - $before) . ' bytes)', "\n";
var_dump(session_id() === $id, count($_SESSION['Mem\Segment0']) > 0);
$session->commit();
?>
--EXPECT--
bool(true)
memory growth below 64 KiB: yes
bool(true)
bool(true)
