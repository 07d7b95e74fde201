--TEST--
session.serialize_handler=aura_encrypted with aura_session.encryption_keys naming an endless file (/dev/zero): PHP starts, the file is refused as too large, and no session starts
--SKIPIF--
<?php if (!is_readable('/dev/zero')) die('skip needs /dev/zero'); ?>
--INI--
session.save_path={TMP}
session.serialize_handler=aura_encrypted
aura_session.encryption_keys=/dev/zero
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
set_error_handler(function ($no, $msg) { echo preg_replace('/ in \S+ on line \d+/', '', $msg), "\n"; return true; });
var_dump(session_start());
ob_start();
phpinfo(INFO_MODULES);
preg_match('/Encryption at rest => (.*)/', ob_get_clean(), $m);
echo $m[1], "\n";
?>
--EXPECTF--
%AWarning:%wPHP Startup: aura_session.encryption_keys: /dev/zero is larger than 64 KiB; a key file holds a few lines; the serializer aura_encrypted is not registered, so sessions that use it cannot start in Unknown on line 0
session_start(): Cannot find session serialization handler "aura_encrypted" - session startup failed
bool(false)
not available: /dev/zero is larger than 64 KiB; a key file holds a few lines
