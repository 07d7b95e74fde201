--TEST--
Session::getSecurityWarnings() names each risky session setting in force with one line of why
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.use_strict_mode=0
session.cookie_httponly=0
session.cookie_samesite=
session.use_only_cookies=0
session.use_trans_sid=1
session.sid_length=26
session.sid_bits_per_character=4
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$risky = $session->getSecurityWarnings();
ini_set('session.use_strict_mode', '1');
ini_set('session.cookie_httponly', '1');
ini_set('session.cookie_samesite', 'Lax');
ini_set('session.use_only_cookies', '1');
ini_set('session.use_trans_sid', '0');
ini_set('session.sid_length', '32');
$hardened = $session->getSecurityWarnings();
foreach ($risky as $line) {
    echo strstr($line, ':', true), "\n";
}
var_dump($hardened, $session->isStarted());
?>
--EXPECT--
session.use_strict_mode=0
session.cookie_httponly=0
session.cookie_samesite empty
session.use_only_cookies=0
session.use_trans_sid=1
session.sid_length=26 with session.sid_bits_per_character=4
array(0) {
}
bool(false)
