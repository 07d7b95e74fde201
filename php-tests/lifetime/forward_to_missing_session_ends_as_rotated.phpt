--TEST--
A rotated-away id whose new session is gone from the store (ended, or retired by regenerateId()) opens an empty session with the reason 'rotated'
--INI--
session.use_cookies=0
session.cache_limiter=
session.use_strict_mode=1
session.serialize_handler=php_serialize
aura_session.rotate_interval=60
--FILE--
<?php
require __DIR__ . '/requests.inc';

MemoryStore::$data['oldid0123456789abcdefghij'] = serialize([
    'Aura\Session\Lifetime' => ['moved_to' => 'goneid0123456789abcdefghi', 'until' => time() + 30],
]);
$session = next_request('oldid0123456789abcdefghij');
var_dump(
    $session->getSegment('app')->get('user', 'alt'),
    $session->getExpiredReason(),
    in_array($session->getId(), ['oldid0123456789abcdefghij', 'goneid0123456789abcdefghi'], true),
    stored('oldid0123456789abcdefghij'),
);
?>
--EXPECT--
string(3) "alt"
string(7) "rotated"
bool(false)
NULL
