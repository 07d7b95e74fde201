--TEST--
The extension extras work in this line: Session::getSecurityWarnings() names a risky setting and is empty once it is fixed
--INI--
aura_session.api=6
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
session.use_strict_mode=0
session.cookie_httponly=1
session.cookie_samesite=Lax
session.use_only_cookies=1
session.use_trans_sid=0
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$risky = $session->getSecurityWarnings();
ini_set('session.use_strict_mode', '1');
$fixed = $session->getSecurityWarnings();
foreach ($risky as $line) {
    echo strstr($line, ':', true), "\n";
}
var_dump($fixed, $session->isStarted());
?>
--EXPECT--
session.use_strict_mode=0
array(0) {
}
bool(false)
