--TEST--
CsrfToken::isValid() rejects every truncation of a masked token
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
$masked = $token->getMaskedValue();
$accepted = 0;
for ($n = 0; $n < strlen($masked); $n++) {
    $accepted += $token->isValid(substr($masked, 0, $n));
    $accepted += $token->isValid(substr($masked, $n + 1));
}
var_dump($accepted);
?>
--EXPECT--
int(0)
