--TEST--
session.serialize_handler=aura_encrypted: data in clear in the store (left from before, or planted) is never unserialized: no object is woken, the session starts empty with getExpiredReason() 'plaintext'
--INI--
session.save_path={TMP}
session.serialize_handler=aura_encrypted
aura_session.encryption_keys={PWD}/keys/a.keys
--FILE--
<?php
require __DIR__ . '/requests.inc';
$id0 = fresh_id();
class Planted
{
    public function __wakeup(): void { echo "woken\n"; }
}
set_error_handler(fn () => true);
store($id0, serialize(['app' => ['user' => 'eve'], 'x' => new Planted]));
$session = next_request($id0);
var_dump($session->getSegment('app')->get('user'), $session->getExpiredReason(), isset($_SESSION['x']));
?>
--EXPECT--
NULL
string(9) "plaintext"
bool(false)
