--TEST--
CsrfToken::getMaskedValue() and isValid() go through a subclass's getValue()
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class FixedToken extends Aura\Session\CsrfToken {
    public function getValue($key = 'value') { return "fixed-$key"; }
}
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$token = new FixedToken($session->getSegment('csrf'), new Aura\Session\Randval);
$masked = $token->getMaskedValue('a');
$bytes = base64_decode(strtr($masked, '-_', '+/'));
var_dump(substr($bytes, 0, 7) ^ substr($bytes, 7));
var_dump($token->isValid($masked, 'a'), $token->isValid($masked, 'b'));
?>
--EXPECT--
string(7) "fixed-a"
bool(true)
bool(false)
