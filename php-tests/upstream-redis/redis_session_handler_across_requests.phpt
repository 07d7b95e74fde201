--TEST--
Aura.Session 7's RedisSessionHandler (PhpredisClient) as save handler under the native Session: segment values and a flash across requests, regenerateId() and destroy() against a real Redis
--SKIPIF--
<?php include __DIR__ . '/skipif.inc'; ?>
--INI--
aura_session.api=7
session.use_cookies=0
session.cache_limiter=
session.serialize_handler=php
--FILE--
<?php
include __DIR__ . '/redis.inc';

use Aura\Session\Redis\PhpredisClient;
use Aura\Session\RedisSessionHandler;

$redis = redis_connection();
$prefix = redis_test_prefix();
$handler = new RedisSessionHandler(new PhpredisClient($redis), 600, $prefix);
var_dump(session_set_save_handler($handler, true));
// the handler is the package's file, the session classes the extension's
var_dump((new ReflectionClass($handler))->getFileName() === realpath(getenv('AURA_SESSION7_SRC') . '/RedisSessionHandler.php'));
var_dump((new ReflectionClass(Aura\Session\Session::class))->isInternal());

// request 1: values and a flash, written to Redis by commit()
$session = request([]);
$segment = $session->getSegment('Vendor\Package');
$segment->set('user', 'boshag');
$segment->set('cart', ['book', 'pen']);
$segment->setFlash('notice', 'saved');
$cookie = end_request($session);
$first = $cookie[session_name()];
$stored = $redis->get($prefix . $first);
var_dump(is_string($stored), str_contains($stored, 's:6:"boshag"'));
$ttl = $redis->ttl($prefix . $first);
var_dump($ttl > 590 && $ttl <= 600);

// request 2: read back; the flash is there once; then a new id
$session = request($cookie);
$segment = $session->getSegment('Vendor\Package');
var_dump($segment->get('user'), $segment->get('cart'), $segment->getFlash('notice'));
var_dump($session->regenerateId());
$second = $session->getId();
var_dump($second !== $first, $redis->exists($prefix . $first));
$cookie = end_request($session);
var_dump($redis->exists($prefix . $second));

// request 3: the new id carries the data; the flash is gone
$session = request($cookie);
$segment = $session->getSegment('Vendor\Package');
var_dump($segment->get('user'), $segment->getFlash('notice', 'no flash'));

// destroy() removes the key
var_dump($session->destroy(), $redis->exists($prefix . $second));

// request 4: the destroyed id finds nothing
$session = request($cookie);
var_dump($session->getSegment('Vendor\Package')->get('user', 'nobody'));
$session->destroy();

$left = $redis->keys($prefix . '*');
foreach ($left as $key) {
    $redis->del($key);
}
var_dump($left);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(6) "boshag"
array(2) {
  [0]=>
  string(4) "book"
  [1]=>
  string(3) "pen"
}
string(5) "saved"
bool(true)
bool(true)
int(0)
int(1)
string(6) "boshag"
string(8) "no flash"
bool(true)
int(0)
string(6) "nobody"
array(0) {
}
