--TEST--
aura_session.api=6 from php.ini stays for the whole process: ini_set() to 4 or 7 returns false and the 6.x signatures remain
--INI--
aura_session.api=6
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
var_dump(ini_set('aura_session.api', '4'), ini_set('aura_session.api', '7'), ini_get('aura_session.api'));
var_dump((string) (new ReflectionParameter(['Aura\Session\Segment', 'get'], 'key'))->getType());
?>
--EXPECT--
bool(false)
bool(false)
string(1) "6"
string(6) "string"
