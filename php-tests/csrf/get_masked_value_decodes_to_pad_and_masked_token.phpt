--TEST--
A masked token is base64url, without padding, of a random pad followed by the pad XOR the token
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
$raw = $token->getValue();
$masked = $token->getMaskedValue();
$bytes = base64_decode(strtr($masked, '-_', '+/'), true);
var_dump(strlen($bytes));
$pad = substr($bytes, 0, 128);
var_dump(($pad ^ substr($bytes, 128)) === $raw);
var_dump(rtrim(strtr(base64_encode($bytes), '+/', '-_'), '=') === $masked);
?>
--EXPECT--
int(256)
bool(true)
bool(true)
