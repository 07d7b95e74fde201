--TEST--
Aura.Auth 7: ResumeService finds last_active older than the idle time: status IDLE, the user data cleared and the session id regenerated
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
// idle for two hours, logged in three hours ago (expiry is 24 hours away)
$segment->set('first_active', time() - 3 * 3600);
$segment->set('last_active', time() - 2 * 3600);
$cookie = end_request($session);
$id = $cookie[session_name()];

[$session, $segment, $factory] = request($cookie);
$auth = $factory->newInstance();
$adapter = memory_adapter();
// idle after one hour, expired after one day
$factory->newResumeService($adapter, 3600, 86400)->resume($auth);
var_dump($auth->getStatus(), $auth->isIdle(), $auth->getUserName(), $auth->getUserData());
var_dump($auth->getFirstActive(), $auth->getLastActive());
echo 'session id: ', id_change($id, $session->getId()), "\n";
echo implode(',', $adapter->calls), "\n";
$cookie = end_request($session);

// the next request sees the idle status, under the new id only
[$session, $segment] = request($cookie);
$session->resume();
var_dump($segment->get('status'), $segment->get('username'));
?>
--EXPECT--
string(4) "IDLE"
bool(true)
NULL
array(0) {
}
NULL
NULL
session id: new
logout
string(4) "IDLE"
NULL
