--TEST--
aura_redis with lazy_lock: two requests whose start cycles overlap take a flash once; the one that lost the commit runs its start again, without an exception
--SKIPIF--
<?php require __DIR__ . "/redis.inc"; skip_without_redis(); ?>
--INI--
session.save_handler=aura_redis
session.use_cookies=0
session.cache_limiter=
aura_session.redis_prefix=phpt:
aura_session.lazy_lock=1
--FILE--
<?php
require __DIR__ . "/redis.inc";
session_save_path('redis://' . test_redis());
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$session->getSegment('S')->setFlash('f', 'hello');
$id = $session->getId();
// Each reader's start stalls 300 ms after reading, so the two overlap.
$reader = '
    class Slow extends Aura\Session\Phpfunc {
        public function __call($f, $a) {
            $r = parent::__call($f, $a);
            if ($f === "session_start") usleep(300000);
            return $r;
        }
    }
    $s = new Aura\Session\Session(new Aura\Session\SegmentFactory,
        new Aura\Session\CsrfTokenFactory(new Aura\Session\Randval(new Aura\Session\Phpfunc)),
        new Slow, [session_name() => session_id()]);
    try {
        echo json_encode($s->getSegment("S")->getFlash("f")), "\n";
    } catch (Throwable $e) {
        echo get_class($e), "\n";
    }
';
$first = start_other_request($id, $reader);
usleep(50000);
$second = start_other_request($id, $reader);
$lines = [trim(finish_other_request($first)), trim(finish_other_request($second))];
sort($lines);
echo implode("\n", $lines), "\n";
?>
--EXPECT--
"hello"
null
