--TEST--
CsrfTokenFactory::newInstance() returns a CsrfToken that keeps its values in segment 'Aura\Session\CsrfToken'
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$factory = new Aura\Session\CsrfTokenFactory(new Aura\Session\Randval);
$token = $factory->newInstance($session);
var_dump(get_class($token));
var_dump($factory->newInstance($session) === $token);
$value = $token->getValue();
var_dump($session->getSegment('Aura\Session\CsrfToken')->get('value') === $value);
var_dump(array_keys($_SESSION));
?>
--EXPECT--
string(22) "Aura\Session\CsrfToken"
bool(false)
bool(true)
array(3) {
  [0]=>
  string(23) "Aura\Session\Flash\Next"
  [1]=>
  string(22) "Aura\Session\Flash\Now"
  [2]=>
  string(22) "Aura\Session\CsrfToken"
}
