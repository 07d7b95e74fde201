--TEST--
Aura.Auth 7: ResumeService finds first_active older than the expire time: status EXPIRED, even when the user was active a minute ago, and the session id regenerated
--SKIPIF--
<?php include __DIR__ . '/skipif.inc'; ?>
--INI--
aura_session.api=7
session.use_cookies=0
session.cache_limiter=
session.gc_maxlifetime=86401
--FILE--
<?php
include __DIR__ . '/auth.inc';

[$session, $segment, $factory] = request([]);
$factory->newLoginService(memory_adapter())->login($factory->newInstance(), ['username' => 'boshag', 'password' => '123456']);
// logged in 25 hours ago, active a minute ago
$segment->set('first_active', time() - 25 * 3600);
$segment->set('last_active', time() - 60);
$cookie = end_request($session);
$id = $cookie[session_name()];

[$session, $segment, $factory] = request($cookie);
$auth = $factory->newInstance();
$adapter = memory_adapter();
$factory->newResumeService($adapter, 3600, 86400)->resume($auth);
var_dump($auth->getStatus(), $auth->isExpired(), $auth->getUserName(), $auth->getUserData());
echo 'session id: ', id_change($id, $session->getId()), "\n";
echo implode(',', $adapter->calls), "\n";
$cookie = end_request($session);

[$session, $segment] = request($cookie);
$session->resume();
var_dump($segment->get('status'));
?>
--EXPECT--
string(7) "EXPIRED"
bool(true)
NULL
array(0) {
}
session id: new
logout
string(7) "EXPIRED"
