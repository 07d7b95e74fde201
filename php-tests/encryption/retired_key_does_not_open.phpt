--TEST--
aura_session.encryption_keys without the key a session was sealed under: the session is retired (starts empty, getExpiredReason() 'unknown_key')
--INI--
session.save_path={TMP}
session.serialize_handler=aura_encrypted
aura_session.encryption_keys={PWD}/keys/b.keys
--FILE--
<?php
require __DIR__ . '/requests.inc';
set_error_handler(fn () => true);
// sealed under key a by a server that had only a.keys
$id = 'enc0rotation00000000000001';
store($id, 'aura1:AQULZA6Aq3MeR9o2fgksccsk-ClBQZOqI5KXXKvPc_1QR7TnGNHcwacUwhc4D7UOoiXVIpGeF2UAdJ2mMXA1w6V9h5JvnT822MdAfg');
$session = next_request($id);
var_dump($session->getSegment('app')->get('user'), $session->getExpiredReason());
?>
--EXPECT--
NULL
string(11) "unknown_key"
