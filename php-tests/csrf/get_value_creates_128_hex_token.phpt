--TEST--
CsrfToken::getValue() creates a 128-character lowercase hex token stored under the 'value' key
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$token = $session->getCsrfToken();
$value = $token->getValue();
var_dump(strlen($value), (bool) preg_match('/\A[0-9a-f]{128}\z/', $value));
var_dump($_SESSION['Aura\Session\CsrfToken'] === ['value' => $value]);
var_dump(session_status() === PHP_SESSION_ACTIVE);
?>
--EXPECT--
int(128)
bool(true)
bool(true)
bool(true)
