--TEST--
A php.ini value refused at startup stays reported: first in getSecurityWarnings() and in php --ri aura_session, with the default that applies instead
--INI--
session.use_strict_mode=1
session.cookie_httponly=1
session.cookie_samesite=Lax
aura_session.idle_timeout=30m
--FILE--
<?php
ini_set('aura_session.idle_timeout', '1800');
var_dump((new Aura\Session\SessionFactory)->newInstance([])->getSecurityWarnings());
ob_start();
(new ReflectionExtension('aura_session'))->info();
foreach (explode("\n", ob_get_clean()) as $line) {
    if (str_starts_with($line, 'Security') || str_contains($line, '"30m"')) {
        echo $line, "\n";
    }
}
?>
--EXPECT--
Warning: PHP Startup: aura_session.idle_timeout: "30m" is not a whole number of seconds (digits only, such as 0 or 1800); the default 0 applies in Unknown on line 0
array(1) {
  [0]=>
  string(154) "aura_session.idle_timeout="30m": refused at startup, so the default 0 applies: the value is not a whole number of seconds (digits only, such as 0 or 1800)"
}
Security warning => Why
aura_session.idle_timeout="30m" => refused at startup, so the default 0 applies: the value is not a whole number of seconds (digits only, such as 0 or 1800)
