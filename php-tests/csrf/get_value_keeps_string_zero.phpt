--TEST--
CsrfToken::getValue() returns a stored '0' or any other non-null-like value unchanged
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$token = $session->getCsrfToken();
$segment = $session->getSegment('Aura\Session\CsrfToken');
$segment->set('value', '0');
var_dump($token->getValue());
$segment->set('value', 'short');
var_dump($token->getValue());
$segment->set('value', 17);
var_dump($token->getValue());
?>
--EXPECT--
string(1) "0"
string(5) "short"
int(17)
