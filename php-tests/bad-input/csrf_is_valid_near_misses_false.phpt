--TEST--
CsrfToken::isValid() rejects near misses of the token: '', its 127-character prefix, the token upper-cased, with a trailing NUL byte, or with one extra character
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$csrf = $session->getCsrfToken();
$value = $csrf->getValue();
// pcre, not ctype: PHP's own test run (make test after phpize) loads no shared extension
var_dump(strlen($value), preg_match('/\A[0-9a-f]+\z/', $value) === 1);
$candidates = [
    'empty' => '',
    'prefix 127' => substr($value, 0, 127),
    'upper case' => strtoupper($value),
    'trailing NUL' => $value . "\0",
    'one more char' => $value . '0',
    'suffix 127' => substr($value, 1),
];
foreach ($candidates as $label => $given) {
    echo $label, ': ';
    var_dump($csrf->isValid($given));
}
var_dump($csrf->isValid($value));
echo "still running\n";
?>
--EXPECT--
int(128)
bool(true)
empty: bool(false)
prefix 127: bool(false)
upper case: bool(false)
trailing NUL: bool(false)
one more char: bool(false)
suffix 127: bool(false)
bool(true)
still running
