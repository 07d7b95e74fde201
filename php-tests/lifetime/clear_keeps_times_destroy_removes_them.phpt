--TEST--
Session::clear() keeps the reserved times (clearing does not restart the absolute timeout); Session::destroy() removes them
--INI--
session.use_cookies=0
session.cache_limiter=
session.serialize_handler=php_serialize
aura_session.absolute_timeout=600
--FILE--
<?php
require __DIR__ . '/requests.inc';

$session = next_request(null);
$session->getSegment('app')->set('user', 'ada');
$times = $_SESSION['Aura\Session\Lifetime'];
$session->clear();
var_dump($_SESSION === ['Aura\Session\Lifetime' => $times]);
$session->setDeleteCookie(function () {});
$session->destroy();
var_dump($_SESSION);
?>
--EXPECT--
bool(true)
array(0) {
}
