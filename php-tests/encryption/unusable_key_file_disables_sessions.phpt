--TEST--
session.serialize_handler=aura_encrypted with a key file that holds no usable key: the serializer is not registered, so no session starts (and nothing is stored in clear); php --ri says why
--INI--
session.save_path={TMP}
session.serialize_handler=aura_encrypted
aura_session.encryption_keys={PWD}/keys/bad.keys
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
set_error_handler(function ($no, $msg) { echo preg_replace('/ in \S+ on line \d+/', '', $msg), "\n"; return true; });
$session = (new Aura\Session\SessionFactory)->newInstance([]);
try {
    $session->getSegment('app')->set('user', 'ada');
} catch (Aura\Session\Exception $e) {
    echo get_class($e), "\n";
}
var_dump(session_status() === PHP_SESSION_ACTIVE);
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
preg_match('/Encryption at rest => (.*)/', $info, $m);
echo str_replace(__DIR__, 'DIR', $m[1]), "\n";
?>
--EXPECTF--
%AWarning:%wPHP Startup: aura_session.encryption_keys: %s/keys/bad.keys: line 1 is not a key (32 random bytes in base64, such as `head -c 32 /dev/urandom | base64` prints); the serializer aura_encrypted is not registered, so sessions that use it cannot start in Unknown on line 0
session_start(): Cannot find session serialization handler "aura_encrypted" - session startup failed
Aura\Session\Exception
bool(false)
not available: DIR/keys/bad.keys: line 1 is not a key (32 random bytes in base64, such as `head -c 32 /dev/urandom | base64` prints)
