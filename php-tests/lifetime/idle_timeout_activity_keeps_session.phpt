--TEST--
aura_session.idle_timeout: a request within the timeout keeps the session, and each request counts as activity
--INI--
session.use_cookies=0
session.cache_limiter=
session.use_strict_mode=1
session.serialize_handler=php_serialize
aura_session.idle_timeout=2
--FILE--
<?php
require __DIR__ . '/requests.inc';
align_to_second();

$session = next_request(null);
$session->getSegment('app')->set('user', 'ada');
$id = $session->getId();
for ($i = 0; $i < 3; $i++) {
    sleep(1);
    $session = next_request($id);
    echo $session->getSegment('app')->get('user', 'alt'), ' ',
        var_export($session->getExpiredReason(), true), ' ',
        var_export($session->getId() === $id, true), "\n";
}
?>
--EXPECT--
ada NULL true
ada NULL true
ada NULL true
