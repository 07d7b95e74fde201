--TEST--
session.serialize_handler=aura_encrypted: one altered character, or a truncated value, in the store: the session starts empty with getExpiredReason() 'tampered'
--INI--
session.save_path={TMP}
session.serialize_handler=aura_encrypted
aura_session.encryption_keys={PWD}/keys/a.keys
--FILE--
<?php
require __DIR__ . '/requests.inc';
set_error_handler(fn () => true);
$id = fresh_id();
foreach (['alter' => fn ($s) => substr($s, 0, 20) . ($s[20] === 'A' ? 'B' : 'A') . substr($s, 21), 'truncate' => fn ($s) => substr($s, 0, -5)] as $how => $change) {
    $session = next_request($id);
    $session->getSegment('app')->set('user', 'ada');
    session_write_close();
    store($id, $change(stored($id)));
    $session = next_request($id);
    echo $how, ': ', var_export($session->getSegment('app')->get('user'), true), ' ', $session->getExpiredReason(), "\n";
}
?>
--EXPECT--
alter: NULL tampered
truncate: NULL tampered
