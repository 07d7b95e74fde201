--TEST--
Every lifetime setting accepts a whole number of seconds through ini_set(), 0 included
--FILE--
<?php
foreach (['idle_timeout', 'absolute_timeout', 'rotate_interval', 'rotate_grace'] as $name) {
    $setting = "aura_session.$name";
    foreach (['1800', '0', '007'] as $value) {
        ini_set($setting, $value);
        echo $name, ' ', $value, ' => ', ini_get($setting), "\n";
    }
}
?>
--EXPECT--
idle_timeout 1800 => 1800
idle_timeout 0 => 0
idle_timeout 007 => 007
absolute_timeout 1800 => 1800
absolute_timeout 0 => 0
absolute_timeout 007 => 007
rotate_interval 1800 => 1800
rotate_interval 0 => 0
rotate_interval 007 => 007
rotate_grace 1800 => 1800
rotate_grace 0 => 0
rotate_grace 007 => 007
