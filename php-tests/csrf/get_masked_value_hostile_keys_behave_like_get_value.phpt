--TEST--
CsrfToken::getMaskedValue() with hostile keys (wrong types, NUL bytes, a 1 MB string) fails or succeeds exactly as getValue() does, with the same float-key deprecations
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
$deprecations = 0;
set_error_handler(function (int $no, string $message) use (&$deprecations) {
    $deprecations++;
    return true;
}, E_DEPRECATED);
$outcome = function (callable $call) use (&$deprecations): string {
    $deprecations = 0;
    try {
        $value = $call();
        $result = 'string(' . strlen($value) . ')';
    } catch (Throwable $e) {
        $result = get_class($e) . ': ' . $e->getMessage();
    }
    return $deprecations ? "$result, $deprecations deprecated" : $result;
};
$keys = ['null' => null, 'true' => true, 'int' => 7, 'float' => 1.5, 'nul' => "a\0b",
         'huge' => str_repeat('k', 1 << 20), 'array' => [1], 'object' => new stdClass];
foreach ($keys as $label => $key) {
    $plain = $outcome(fn() => $token->getValue($key));
    $masked = $outcome(fn() => $token->getMaskedValue($key));
    $valid = str_starts_with($plain, 'string') ? var_export($token->isValid($token->getMaskedValue($key), $key), true) : '-';
    echo "$label: $plain | $masked | $valid\n";
}
?>
--EXPECT--
null: string(128) | string(342) | true
true: string(128) | string(342) | true
int: string(128) | string(342) | true
float: string(128), 4 deprecated | string(342), 4 deprecated | true
nul: string(128) | string(342) | true
huge: string(128) | string(342) | true
array: TypeError: Illegal offset type in isset or empty | TypeError: Illegal offset type in isset or empty | -
object: TypeError: Illegal offset type in isset or empty | TypeError: Illegal offset type in isset or empty | -