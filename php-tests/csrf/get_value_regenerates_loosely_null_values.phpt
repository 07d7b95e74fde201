--TEST--
CsrfToken::getValue() replaces a stored value that is == null ('', 0, false, [], null)
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$token = $session->getCsrfToken();
$segment = $session->getSegment('Aura\Session\CsrfToken');
foreach (['', 0, false, [], null] as $stored) {
    $segment->set('value', $stored);
    $value = $token->getValue();
    var_dump(is_string($value) && strlen($value) === 128);
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
