--TEST--
CsrfToken::getMaskedValue() returns a different URL- and HTML-safe string on every call
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
$seen = [];
for ($i = 0; $i < 50; $i++) {
    $seen[$token->getMaskedValue()] = true;
}
var_dump(count($seen));
$one = array_key_first($seen);
var_dump(strlen($one), (bool) preg_match('/\A[A-Za-z0-9_-]+\z/', $one));
var_dump(rawurlencode($one) === $one, htmlspecialchars($one, ENT_QUOTES) === $one);
var_dump(isset($seen[$token->getValue()]));
?>
--EXPECT--
int(50)
int(342)
bool(true)
bool(true)
bool(true)
bool(false)
