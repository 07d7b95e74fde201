--TEST--
CsrfToken::regenerateAllKeyValues() gives every stored key a new token, keeping key order
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$token = $session->getCsrfToken();
$before = ['value' => $token->getValue(), 'a' => $token->getValue('a'), 'b' => $token->getValue('b')];
var_dump($token->regenerateAllKeyValues());
$after = $_SESSION['Aura\Session\CsrfToken'];
var_dump(array_keys($after));
foreach ($before as $key => $old) {
    var_dump($after[$key] !== $old && strlen($after[$key]) === 128 && $token->isValid($after[$key], $key));
}
?>
--EXPECT--
NULL
array(3) {
  [0]=>
  string(5) "value"
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "b"
}
bool(true)
bool(true)
bool(true)
