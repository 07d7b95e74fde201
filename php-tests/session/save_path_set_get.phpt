--TEST--
Session::setSavePath() returns the previous path and getSavePath() the current one, as session_save_path()
--INI--
session.save_path=
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$dir = sys_get_temp_dir();
$before = $session->getSavePath();
$old = $session->setSavePath($dir);
var_dump($before, $old, $session->getSavePath() === $dir, session_save_path() === $dir);
?>
--EXPECT--
string(0) ""
string(0) ""
bool(true)
bool(true)
