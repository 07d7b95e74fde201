--TEST--
CsrfToken::getMaskedValue() masks whatever string is stored as the token, binary bytes included
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$token = $session->getCsrfToken();
$segment = $session->getSegment('Aura\Session\CsrfToken');
foreach (['0', "a\0b", "\xff\xfe", 'short', str_repeat('x', 1000)] as $i => $stored) {
    $segment->set("k$i", $stored);
    $masked = $token->getMaskedValue("k$i");
    var_dump(strlen($masked), (bool) preg_match('/\A[A-Za-z0-9_-]+\z/', $masked), $token->isValid($masked, "k$i"));
}
?>
--EXPECT--
int(3)
bool(true)
bool(true)
int(8)
bool(true)
bool(true)
int(6)
bool(true)
bool(true)
int(14)
bool(true)
bool(true)
int(2667)
bool(true)
bool(true)
