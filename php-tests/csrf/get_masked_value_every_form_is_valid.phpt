--TEST--
CsrfToken::isValid() accepts every masked form of the current token, and the raw token still
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
$all = true;
for ($i = 0; $i < 50; $i++) {
    $all = $all && $token->isValid($token->getMaskedValue());
}
var_dump($all);
var_dump($token->isValid($token->getValue()));
$masked = $token->getMaskedValue('form');
var_dump($token->isValid($masked, 'form'));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
