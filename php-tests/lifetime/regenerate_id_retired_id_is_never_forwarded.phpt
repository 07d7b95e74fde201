--TEST--
With rotation on, an id retired by an explicit regenerateId() is never forwarded: a request carrying it opens an empty session at once, as without rotation
--INI--
session.use_cookies=0
session.cache_limiter=
session.use_strict_mode=1
session.serialize_handler=php_serialize
aura_session.rotate_interval=60
--FILE--
<?php
require __DIR__ . '/requests.inc';

$session = next_request(null);
$session->getSegment('app')->set('user', 'ada');
$before = $session->getId();
$session->regenerateId();
$after = $session->getId();
$issued = $_SESSION['Aura\Session\Lifetime']['issued'];
var_dump($issued >= time() - 1, stored($before));

$session = next_request($before);
var_dump(
    $session->getSegment('app')->get('user', 'alt'),
    $session->getExpiredReason(),
    in_array($session->getId(), [$before, $after], true),
);
$session = next_request($after);
var_dump($session->getSegment('app')->get('user', 'alt'));
?>
--EXPECT--
bool(true)
NULL
string(3) "alt"
NULL
bool(false)
string(3) "ada"
