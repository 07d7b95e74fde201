--TEST--
session.serialize_handler=aura_encrypted: the store holds only sealed text (no value in clear), and the next request reads the values back
--INI--
session.save_path={TMP}
session.serialize_handler=aura_encrypted
aura_session.encryption_keys={PWD}/keys/a.keys
--FILE--
<?php
require __DIR__ . '/requests.inc';
$id0 = fresh_id();
$session = next_request($id0);
$session->getSegment('app')->set('user', 'ada');
$session->getSegment('app')->set('roles', ['admin']);
session_write_close();
$stored = stored($id0);
var_dump(str_starts_with($stored, 'aura1:'), str_contains($stored, 'ada'), str_contains($stored, 'admin'));
$session = next_request($id0);
var_dump($session->getSegment('app')->get('user'), $session->getSegment('app')->get('roles'), $session->getExpiredReason());
?>
--EXPECT--
bool(true)
bool(false)
bool(false)
string(3) "ada"
array(1) {
  [0]=>
  string(5) "admin"
}
NULL
