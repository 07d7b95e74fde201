--TEST--
With every lifetime setting at 0 (the default) the session holds no reserved key and the new methods report nothing
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
use Aura\Session\SessionFactory;

foreach (['idle_timeout', 'absolute_timeout', 'rotate_interval', 'rotate_grace'] as $name) {
    echo "aura_session.$name=", ini_get("aura_session.$name"), "\n";
}
$session = (new SessionFactory)->newInstance([]);
$session->getSegment('app')->set('user', 'ada');
var_dump(array_keys($_SESSION));
var_dump($session->getExpiredReason(), $session->isExpired(), $session->getCreatedTime(), $session->getLastActiveTime());
?>
--EXPECT--
aura_session.idle_timeout=0
aura_session.absolute_timeout=0
aura_session.rotate_interval=0
aura_session.rotate_grace=10
array(3) {
  [0]=>
  string(23) "Aura\Session\Flash\Next"
  [1]=>
  string(22) "Aura\Session\Flash\Now"
  [2]=>
  string(3) "app"
}
NULL
bool(false)
NULL
NULL
