--TEST--
With a timeout on, the session keeps its creation and last-activity times in the reserved key Aura\Session\Lifetime; getCreatedTime() and getLastActiveTime() return them
--INI--
session.use_cookies=0
session.cache_limiter=
session.serialize_handler=php_serialize
aura_session.idle_timeout=600
--FILE--
<?php
require __DIR__ . '/requests.inc';

$session = next_request(null);
var_dump($session->getCreatedTime(), $session->getLastActiveTime());
$before = time();
$session->getSegment('app')->set('user', 'ada');
$times = $_SESSION['Aura\Session\Lifetime'];
var_dump(array_keys($times));
var_dump($times['created'] >= $before && $times['created'] <= time());
var_dump($session->getCreatedTime() === $times['created']);
var_dump($session->getLastActiveTime() === $times['active']);
ini_set('aura_session.idle_timeout', '0');
var_dump($session->getCreatedTime(), $session->getLastActiveTime());
?>
--EXPECT--
NULL
NULL
array(3) {
  [0]=>
  string(7) "created"
  [1]=>
  string(6) "active"
  [2]=>
  string(6) "issued"
}
bool(true)
bool(true)
bool(true)
NULL
NULL
