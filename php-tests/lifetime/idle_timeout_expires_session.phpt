--TEST--
aura_session.idle_timeout: a session resumed after more idle seconds is emptied, its id destroyed in the store and a new id issued; the reason is 'idle'
--INI--
session.use_cookies=0
session.cache_limiter=
session.use_strict_mode=1
session.serialize_handler=php_serialize
aura_session.idle_timeout=1
--FILE--
<?php
require __DIR__ . '/requests.inc';
align_to_second();

$session = next_request(null);
$session->getSegment('app')->set('user', 'ada');
$session->getSegment('app')->setFlash('notice', 'saved');
$csrf = $session->getCsrfToken()->getValue();
$old = $session->getId();
var_dump($session->getExpiredReason());

sleep(2);
$session = next_request($old);
$segment = $session->getSegment('app');
var_dump(
    $segment->get('user', 'alt'),
    $segment->getFlash('notice', 'alt'),
    $session->getCsrfToken()->getValue() === $csrf,
    $session->getExpiredReason(),
    $session->isExpired(),
    $session->getId() !== $old,
    in_array("destroy $old", MemoryStore::$log, true),
    stored($old),
);
?>
--EXPECT--
NULL
string(3) "alt"
string(3) "alt"
bool(false)
string(4) "idle"
bool(true)
bool(true)
bool(true)
NULL
