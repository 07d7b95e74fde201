--TEST--
The extension extras work in this line: CsrfToken::getMaskedValue() differs on every call and isValid() accepts it and the raw token
--INI--
aura_session.api=7
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
$first = $token->getMaskedValue();
$second = $token->getMaskedValue();
var_dump($first !== $second, $token->isValid($first), $token->isValid($second), $token->isValid($token->getValue()));
var_dump($token->isValid('forged'), $token->isValid(null));
$form = $token->getMaskedValue('form');
var_dump($token->isValid($form, 'form'), $token->isValid($form));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
