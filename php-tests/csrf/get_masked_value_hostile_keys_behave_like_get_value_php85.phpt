--TEST--
CsrfToken::getMaskedValue() with hostile keys (wrong types, NUL bytes, a 1 MB string) fails or succeeds exactly as getValue() does, with the same float- and null-key diagnostics (PHP 8.5 on)
--SKIPIF--
<?php if (PHP_VERSION_ID < 80500) die("skip before PHP 8.5"); ?>
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
require __DIR__ . '/get_masked_value_hostile_keys_behave_like_get_value.inc';
--EXPECT--
null: string(128), 5 deprecated | string(342), 4 deprecated | true
true: string(128) | string(342) | true
int: string(128) | string(342) | true
float: string(128), 4 deprecated | string(342), 4 deprecated | true
nul: string(128) | string(342) | true
huge: string(128) | string(342) | true
array: TypeError: Illegal offset type in isset or empty | TypeError: Illegal offset type in isset or empty | -
object: TypeError: Illegal offset type in isset or empty | TypeError: Illegal offset type in isset or empty | -
