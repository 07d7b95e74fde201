--TEST--
session.serialize_handler=aura_encrypted under aura_session.lazy_lock=1 and an idle timeout: each write cycle opens and seals the data again, and what the store holds opens with every value and the times
--INI--
session.save_path={TMP}
session.serialize_handler=aura_encrypted
aura_session.encryption_keys={PWD}/keys/a.keys
aura_session.lazy_lock=1
aura_session.idle_timeout=3600
--FILE--
<?php
require __DIR__ . '/requests.inc';
$id = fresh_id();
$session = next_request($id);
$segment = $session->getSegment('app');
$segment->set('a', 1);
$segment->set('b', 2);
var_dump(session_status() === PHP_SESSION_ACTIVE, str_starts_with(stored($id), 'aura1:'));
// the store's value, opened by the session module itself
session_start();
var_dump($_SESSION['app'], is_int($_SESSION['Aura\Session\Lifetime']['active']), $session->getExpiredReason());
?>
--EXPECT--
bool(false)
bool(true)
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
bool(true)
NULL
