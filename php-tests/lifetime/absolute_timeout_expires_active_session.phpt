--TEST--
aura_session.absolute_timeout: a session expires that many seconds after its creation however active it is; the reason is 'absolute'
--INI--
session.use_cookies=0
session.cache_limiter=
session.use_strict_mode=1
session.serialize_handler=php_serialize
aura_session.idle_timeout=5
aura_session.absolute_timeout=2
--FILE--
<?php
require __DIR__ . '/requests.inc';
align_to_second();

$session = next_request(null);
$session->getSegment('app')->set('user', 'ada');
$id = $session->getId();
$created = $session->getCreatedTime();
for ($i = 0; $i < 3; $i++) {
    sleep(1);
    $session = next_request($id);
    $user = $session->getSegment('app')->get('user', 'alt');
    echo $user, ' ', var_export($session->getExpiredReason(), true), "\n";
    $id = $session->getId();
}
var_dump($session->getCreatedTime() > $created);
?>
--EXPECT--
ada NULL
ada NULL
alt 'absolute'
bool(true)
