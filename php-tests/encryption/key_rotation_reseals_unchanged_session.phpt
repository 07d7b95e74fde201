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
store($id, 'aura1:AQULZA5ddvVbrY-OayYqX99Zc_JBcI7IM_1-TU761uga7hdg5vGhB-TZWqi-L1L5yKjWWOO5tb_hOPxoWGvgEp55ra5JCGGExo89m9OUfwFsdtKRry-Rrw');
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
