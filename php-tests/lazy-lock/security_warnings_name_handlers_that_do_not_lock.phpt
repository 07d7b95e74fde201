--TEST--
lazy_lock=1: Session::getSecurityWarnings() names a save handler that does not lock (a user handler, which cannot be asked), and names none for files
--INI--
aura_session.lazy_lock=1
session.use_strict_mode=1
session.cookie_httponly=1
session.cookie_samesite=Lax
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$files = $session->getSecurityWarnings();
session_set_save_handler(new SessionHandler(), true);
var_dump($files);
foreach ($session->getSecurityWarnings() as $line) {
    echo strstr($line, ':', true), "\n";
}
ini_set('aura_session.lazy_lock', '0');
var_dump($session->getSecurityWarnings());
?>
--EXPECT--
array(0) {
}
aura_session.lazy_lock=1 with session.save_handler=user
array(0) {
}
