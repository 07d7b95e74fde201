--TEST--
aura_session.api set in php.ini (-d) is what ini_get() and php --ri aura_session show
--INI--
aura_session.api=7
--FILE--
<?php
var_dump(ini_get('aura_session.api'));
ob_start();
(new ReflectionExtension('aura_session'))->info();
foreach (explode("\n", ob_get_clean()) as $line) {
    if (str_starts_with($line, 'aura_session.api')) {
        echo $line, "\n";
    }
}
?>
--EXPECT--
string(1) "7"
aura_session.api => 7 => 7
