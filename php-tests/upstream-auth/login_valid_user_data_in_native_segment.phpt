--TEST--
Aura.Auth 7: login through LoginService makes the user VALID, keeps the name and user data in the extension's segment and regenerates the session id
--SKIPIF--
<?php include __DIR__ . '/skipif.inc'; ?>
--INI--
aura_session.api=7
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
include __DIR__ . '/auth.inc';

[$session, $segment, $factory] = request([]);
$auth = $factory->newInstance();
$adapter = memory_adapter();
$login = $factory->newLoginService($adapter);

foreach ([['username' => 'boshag'], ['username' => 'boshag', 'password' => 'wrong']] as $input) {
    try {
        $login->login($auth, $input);
    } catch (Aura\Auth\Exception $e) {
        echo get_class($e), "\n";
    }
}
var_dump($auth->getStatus(), $session->isStarted());

$session->start();
$before = $session->getId();
$login->login($auth, ['username' => 'boshag', 'password' => '123456']);
$after = $session->getId();

var_dump($auth->getStatus(), $auth->isValid(), $auth->getUserName(), $auth->getUserData());
var_dump($auth->getFirstActive() === $auth->getLastActive(), abs($auth->getFirstActive() - time()) <= 1);
echo 'session id: ', id_change($before, $after), "\n";
// what Auth wrote is in the extension's segment and in $_SESSION under the segment name
var_dump($segment->get('status'), $segment->get('username'), $segment->get('userdata')['email']);
var_dump(array_keys($_SESSION['Aura\Auth\Auth']));
echo implode(',', $adapter->calls), "\n";
?>
--EXPECT--
Aura\Auth\Exception\PasswordMissing
Aura\Auth\Exception\PasswordIncorrect
string(4) "ANON"
bool(false)
string(5) "VALID"
bool(true)
string(6) "boshag"
array(2) {
  ["email"]=>
  string(18) "boshag@example.com"
  ["roles"]=>
  array(1) {
    [0]=>
    string(6) "editor"
  }
}
bool(true)
bool(true)
session id: new
string(5) "VALID"
string(6) "boshag"
string(18) "boshag@example.com"
array(5) {
  [0]=>
  string(6) "status"
  [1]=>
  string(12) "first_active"
  [2]=>
  string(11) "last_active"
  [3]=>
  string(8) "username"
  [4]=>
  string(8) "userdata"
}
login,login,login
