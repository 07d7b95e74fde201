--TEST--
CsrfToken::getMaskedValue() creates the missing token as getValue() does: 128 hex characters stored under the key, session started
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
var_dump(session_status() === PHP_SESSION_ACTIVE);
$masked = $token->getMaskedValue('k');
var_dump(session_status() === PHP_SESSION_ACTIVE);
$stored = $_SESSION['Aura\Session\CsrfToken']['k'];
var_dump((bool) preg_match('/\A[0-9a-f]{128}\z/', $stored));
var_dump($token->getValue('k') === $stored);
var_dump($token->isValid($masked, 'k'));
var_dump(array_keys($_SESSION['Aura\Session\CsrfToken']));
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
array(1) {
  [0]=>
  string(1) "k"
}
