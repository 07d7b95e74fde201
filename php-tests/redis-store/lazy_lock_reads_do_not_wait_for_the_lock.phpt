--TEST--
aura_redis with lazy_lock: a request that only reads is served while another request holds the session's lock
--SKIPIF--
<?php require __DIR__ . "/redis.inc"; skip_without_redis(); ?>
--INI--
session.save_handler=aura_redis
session.use_cookies=0
session.cache_limiter=
aura_session.redis_prefix=phpt:
aura_session.lazy_lock=1
aura_session.redis_lock_wait=5000
--FILE--
<?php
require __DIR__ . "/redis.inc";
session_save_path('redis://' . test_redis());
// A session as the API leaves it, flash buckets included: starting it
// again changes nothing.
$segment = (new Aura\Session\SessionFactory)->newInstance([])->getSegment('Reader');
$segment->set('name', 'ada');
$id = session_id();
$reader = '
    $t = microtime(true);
    $segment = (new Aura\Session\SessionFactory)->newInstance([session_name() => session_id()])->getSegment("Reader");
    echo $segment->get("name"), "\n";
    echo "well within the lock wait: ", json_encode(microtime(true) - $t < 2), "\n";
';
// The first two starts after the write move its (empty) flashes, which
// writes; from then on a start changes nothing.
other_request($id, $reader);
other_request($id, $reader);
ini_set('aura_session.lazy_lock', '0');
session_id($id);
session_start(); // holds the lock for the rest of this script
other_request($id, $reader, ['aura_session.lazy_lock' => 1]);
session_abort();
?>
--EXPECT--
ada
well within the lock wait: true
ada
well within the lock wait: true
ada
well within the lock wait: true
