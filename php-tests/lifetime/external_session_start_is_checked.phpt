--TEST--
A session started outside the Session object (session_start() by the application) is checked the first time the Session sees it
--INI--
session.use_cookies=0
session.cache_limiter=
session.use_strict_mode=1
session.serialize_handler=php_serialize
aura_session.absolute_timeout=60
--FILE--
<?php
require __DIR__ . '/requests.inc';

$id = 'externalid0123456789abcdef';
MemoryStore::$data[$id] = serialize([
    'Aura\Session\Lifetime' => ['created' => time() - 61, 'active' => time(), 'issued' => time()],
    'app' => ['user' => 'ada'],
]);
$session = next_request($id);
session_start();
var_dump($_SESSION['app']['user']);
var_dump($session->isStarted(), $session->getSegment('app')->get('user', 'alt'), $session->getExpiredReason());
?>
--EXPECT--
string(3) "ada"
bool(true)
string(3) "alt"
string(8) "absolute"
