--TEST--
The module's phpinfo() section (php --ri aura_session) lists the aura_session.* settings with their local and master values
--INI--
aura_session.trusted_origins="https://a.example https://b.example"
--FILE--
<?php
ini_set('aura_session.trusted_origins', 'https://c.example');
(new ReflectionExtension('aura_session'))->info();
?>
--EXPECTF--
aura_session

aura_session support => enabled
Version => %s

Directive => Local Value => Master Value
aura_session.trusted_origins => https://c.example => https://a.example https://b.example
