--TEST--
session.serialize_handler=aura_encrypted with aura_session.encryption_keys naming a file that does not exist: PHP starts with a warning naming it, no session starts and nothing is stored in clear
--INI--
session.save_path={TMP}
session.serialize_handler=aura_encrypted
aura_session.encryption_keys={PWD}/keys/no-such.keys
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
set_error_handler(function ($no, $msg) { echo preg_replace('/ in \S+ on line \d+/', '', $msg), "\n"; return true; });
$id = 'enc0missingkeyfile00000001';
// With a session cookie, set() tries to resume it, then to start one, as
// the library does: two attempts, two warnings.
session_id($id);
$session = (new Aura\Session\SessionFactory)->newInstance([session_name() => $id]);
try {
    $session->getSegment('app')->set('user', 'ada');
} catch (Aura\Session\Exception $e) {
    echo get_class($e), "\n";
}
var_dump(session_status() === PHP_SESSION_ACTIVE, file_exists(session_save_path() . '/sess_' . $id));
?>
--EXPECTF--
%AWarning:%wPHP Startup: aura_session.encryption_keys: cannot read %s/keys/no-such.keys: No such file or directory (os error 2); the serializer aura_encrypted is not registered, so sessions that use it cannot start in Unknown on line 0
session_start(): Cannot find session serialization handler "aura_encrypted" - session startup failed
session_start(): Cannot find session serialization handler "aura_encrypted" - session startup failed
Aura\Session\Exception
bool(false)
bool(false)
