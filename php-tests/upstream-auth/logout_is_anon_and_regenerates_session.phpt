--TEST--
Aura.Auth 7: LogoutService in a later request makes the user ANON and regenerates the session id; the old id no longer carries the login
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
$segment->set('cart', ['book']);
$old = end_request($session);
$id = $old[session_name()];

[$session, $segment, $factory] = request($old);
$auth = $factory->newInstance();
$adapter = memory_adapter();
$factory->newResumeService($adapter)->resume($auth);
var_dump($auth->getStatus());
$factory->newLogoutService($adapter)->logout($auth);
var_dump($auth->getStatus(), $auth->isAnon(), $auth->getUserName(), $auth->getUserData());
echo 'session id: ', id_change($id, $session->getId()), "\n";
echo implode(',', $adapter->calls), "\n";
// logout resets the authentication values only; other data in the segment stays
var_dump($segment->get('cart'));
$new = end_request($session);

// the new id carries the logged-out state
[$session, $segment, $factory] = request($new);
$auth = $factory->newInstance();
$factory->newResumeService(memory_adapter())->resume($auth);
var_dump($auth->getStatus(), $segment->get('cart'));
end_request($session);

// the old id was deleted by the regeneration: resuming it finds nothing
[$session, $segment, $factory] = request($old);
$auth = $factory->newInstance();
$factory->newResumeService(memory_adapter())->resume($auth);
var_dump($auth->getStatus(), $segment->get('username'), $segment->get('cart'));
?>
--EXPECT--
string(5) "VALID"
string(4) "ANON"
bool(true)
NULL
array(0) {
}
session id: new
resume,logout
array(1) {
  [0]=>
  string(4) "book"
}
string(4) "ANON"
array(1) {
  [0]=>
  string(4) "book"
}
string(4) "ANON"
NULL
NULL
