--TEST--
CsrfToken::isValid() rejects a masked token with any one character changed, added or padded
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
$masked = $token->getMaskedValue();
$accepted = 0;
for ($i = 0; $i < strlen($masked); $i++) {
    foreach (['A', 'z', '0', '-', '_'] as $c) {
        if ($masked[$i] === $c) {
            continue;
        }
        $altered = $masked;
        $altered[$i] = $c;
        $accepted += $token->isValid($altered);
    }
}
var_dump($accepted);
foreach ([$masked . 'A', $masked . '=', $masked . '==', strtr($masked, '-_', '+/') === $masked ? 'x' : strtr($masked, '-_', '+/'),
          strtoupper($masked), ' ' . $masked, $masked . "\n", $masked . "\0"] as $variant) {
    var_dump($token->isValid($variant));
}
var_dump($token->isValid($masked));
?>
--EXPECT--
int(0)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
