--TEST--
Aura.Auth 7: in the next request ResumeService resumes the extension's session from the cookie, the user is still VALID and last_active moves to now
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

// request 1: log in, and make the login look ten minutes old
[$session, $segment, $factory] = request([]);
$auth = $factory->newInstance();
$factory->newLoginService(memory_adapter())->login($auth, ['username' => 'boshag', 'password' => '123456']);
$segment->set('first_active', time() - 600);
$segment->set('last_active', time() - 600);
$cookie = end_request($session);
$id = $cookie[session_name()];

// request 2: nothing is started before the resume service runs
[$session, $segment, $factory] = request($cookie);
$auth = $factory->newInstance();
var_dump($session->isStarted());
$adapter = memory_adapter();
$factory->newResumeService($adapter)->resume($auth);
var_dump($session->isStarted(), $auth->getStatus(), $auth->getUserName(), $auth->getUserData()['roles']);
var_dump(time() - $auth->getFirstActive() >= 600, abs(time() - $auth->getLastActive()) <= 1);
echo 'session id: ', id_change($id, $session->getId()), "\n";
echo implode(',', $adapter->calls), "\n";
$cookie = end_request($session);

// request 3: what request 2 wrote was stored
[$session, $segment, $factory] = request($cookie);
$session->resume();
var_dump($segment->get('status'), abs(time() - $segment->get('last_active')) <= 1);
?>
--EXPECT--
bool(false)
bool(true)
string(5) "VALID"
string(6) "boshag"
array(1) {
  [0]=>
  string(6) "editor"
}
bool(true)
bool(true)
session id: same
resume
string(5) "VALID"
bool(true)
