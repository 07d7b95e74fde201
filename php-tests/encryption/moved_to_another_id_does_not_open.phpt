--TEST--
session.serialize_handler=aura_encrypted: sealed data copied under another session id does not open there: that session starts empty, getExpiredReason() is 'tampered', one warning without the id
--INI--
session.save_path={TMP}
session.serialize_handler=aura_encrypted
aura_session.encryption_keys={PWD}/keys/a.keys
--FILE--
<?php
require __DIR__ . '/requests.inc';
$session = next_request('enc0victim0000000000000001');
$session->getSegment('app')->set('user', 'ada');
session_write_close();
store('enc0thief00000000000000001', stored('enc0victim0000000000000001'));
set_error_handler(function ($no, $msg) {
    echo preg_replace('/#[0-9a-f]{12}/', '#HASH', $msg), "\n";
    var_dump(str_contains($msg, 'enc0thief'));
    return true;
});
$session = next_request('enc0thief00000000000000001');
var_dump($session->getSegment('app')->get('user'), $session->getExpiredReason(), $session->isExpired());
?>
--EXPECT--
aura_session: the stored data of session #HASH does not authenticate (altered, truncated or moved from another id); it was not unserialized and the session starts empty
bool(false)
NULL
string(8) "tampered"
bool(true)
