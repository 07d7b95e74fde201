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
store($id, 'aura1:AQULZA5ddvVbrY-OayYqX99Zc_JBcI7IM_1-TU761uga7hdg5vGhB-TZWqi-L1L5yKjWWOO5tb_hOPxoWGvgEp55ra5JCGGExo89m9OUfwFsdtKRry-Rrw');
$session = next_request($id);
var_dump($session->getSegment('app')->get('user'), $session->getExpiredReason());
?>
--EXPECT--
NULL
string(11) "unknown_key"
