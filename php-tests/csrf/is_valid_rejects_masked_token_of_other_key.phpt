--TEST--
CsrfToken::isValid() rejects a masked form of another key's token
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
$other = $token->getMaskedValue('other');
var_dump($token->isValid($other));
var_dump($token->isValid($other, 'other'));
var_dump($token->isValid($token->getMaskedValue(), 'other'));
?>
--EXPECT--
bool(false)
bool(true)
bool(false)
