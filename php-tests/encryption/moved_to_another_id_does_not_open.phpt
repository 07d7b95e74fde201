--TEST--
session.serialize_handler=aura_encrypted: sealed data copied under another session id does not open there: that session starts empty, getExpiredReason() is 'tampered', one warning without the id
--INI--
session.save_path={TMP}
session.serialize_handler=aura_encrypted
aura_session.encryption_keys={PWD}/keys/a.keys
--FILE--
<?php
require __DIR__ . '/requests.inc';
$victim = fresh_id();
$thief = fresh_id();
$session = next_request($victim);
$session->getSegment('app')->set('user', 'ada');
session_write_close();
store($thief, stored($victim));
set_error_handler(function ($no, $msg) use ($thief) {
    echo preg_replace('/#[0-9a-f]{12}/', '#HASH', $msg), "\n";
    var_dump(str_contains($msg, $thief));
    return true;
});
$session = next_request($thief);
var_dump($session->getSegment('app')->get('user'), $session->getExpiredReason(), $session->isExpired());
?>
--EXPECT--
aura_session: the stored data of session #HASH does not authenticate (altered, truncated or moved from another id); it was not unserialized and the session starts empty
bool(false)
NULL
string(8) "tampered"
bool(true)
