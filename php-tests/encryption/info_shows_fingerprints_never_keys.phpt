--TEST--
php --ri / phpinfo() name each key of aura_session.encryption_keys by its fingerprint, the sealing key first, and never show a key; ini_set() cannot change the key file
--INI--
session.serialize_handler=aura_encrypted
aura_session.encryption_keys={PWD}/keys/b-then-a.keys
--FILE--
<?php
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
preg_match_all('/(Encryption at rest|Key \d) => (.*)/', $info, $m, PREG_SET_ORDER);
foreach ($m as [, $name, $value]) {
    echo $name, ': ', preg_replace('/^[0-9a-f]{16} /', 'FINGERPRINT ', $value), "\n";
}
foreach (file(__DIR__ . '/keys/b-then-a.keys', FILE_IGNORE_NEW_LINES) as $line) {
    if ($line !== '' && $line[0] !== '#') {
        var_dump(str_contains($info, $line));
    }
}
var_dump(ini_set('aura_session.encryption_keys', '/tmp/other.keys'));
?>
--EXPECT--
Encryption at rest: session.serialize_handler = aura_encrypted (AES-256-GCM-SIV)
Key 1: FINGERPRINT (seals and opens)
Key 2: FINGERPRINT (opens)
bool(false)
bool(false)
bool(false)
