--TEST--
CsrfToken::isValid() returns false, without TypeError, for an array, null, int, float, bool or object
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$token = $session->getCsrfToken();
$value = $token->getValue();
$stringable = new class($value) { function __construct(private $v) {} function __toString(): string { return $this->v; } };
foreach ([[$value], null, 0, 1.5, true, $stringable, new stdClass] as $posted) {
    var_dump($token->isValid($posted));
}
?>
--EXPECT--
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
