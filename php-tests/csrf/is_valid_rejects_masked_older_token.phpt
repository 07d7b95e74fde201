--TEST--
CsrfToken::isValid() rejects masked forms of a token that was regenerated
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
$old = $token->getMaskedValue();
$token->regenerateValue();
var_dump($token->isValid($old));
var_dump($token->isValid($token->getMaskedValue()));
$older = $token->getMaskedValue();
$token->regenerateAllKeyValues();
var_dump($token->isValid($older));
?>
--EXPECT--
bool(false)
bool(true)
bool(false)
