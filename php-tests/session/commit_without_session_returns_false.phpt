--TEST--
Session::commit() with no active session returns session_write_close()'s false
--INI--
session.use_cookies=0
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
var_dump($session->commit());
var_dump(session_status() === PHP_SESSION_NONE);
?>
--EXPECT--
bool(false)
bool(true)
