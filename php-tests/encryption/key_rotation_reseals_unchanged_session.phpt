--TEST--
aura_session.encryption_keys with a new key first: a session sealed under the previous key opens, and its next save seals it under the new key even when nothing changed
--INI--
session.save_path={TMP}
session.serialize_handler=aura_encrypted
aura_session.encryption_keys={PWD}/keys/b-then-a.keys
--FILE--
<?php
require __DIR__ . '/requests.inc';
// sealed under key a (the second key of this ring) by a server that had
// only a.keys
$id = 'enc0rotation00000000000001';
store($id, 'aura1:AQULZA6Aq3MeR9o2fgksccsk-ClBQZOqI5KXXKvPc_1QR7TnGNHcwacUwhc4D7UOoiXVIpGeF2UAdJ2mMXA1w6V9h5JvnT822MdAfg');
$before = stored($id);
$session = next_request($id);
echo $session->getSegment('app')->get('user'), "\n";
session_write_close();
$after = stored($id);
var_dump(key_id($before) === key_id($after), $before === $after);
$session = next_request($id);
echo $session->getSegment('app')->get('user'), ' ', var_export($session->getExpiredReason(), true), "\n";
?>
--EXPECT--
ada
bool(false)
bool(false)
ada NULL
