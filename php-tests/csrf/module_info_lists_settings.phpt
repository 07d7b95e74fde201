--TEST--
The module's phpinfo() section (php --ri aura_session) lists the aura_session.* settings with their local and master values
--INI--
aura_session.trusted_origins="https://a.example https://b.example"
session.use_strict_mode=1
session.cookie_httponly=1
session.cookie_samesite=Lax
session.use_only_cookies=1
session.use_trans_sid=0
session.sid_length=32
session.sid_bits_per_character=4
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
aura_session.idle_timeout => 0 => 0
aura_session.absolute_timeout => 0 => 0
aura_session.rotate_interval => 0 => 0
aura_session.rotate_grace => 10 => 10
aura_session.lazy_lock => 0 => 0
aura_session.api => 4 => 4
aura_session.encryption_keys => no value => no value
aura_session.redis_cluster => 0 => 0
aura_session.redis_prefix => aura_sess: => aura_sess:
aura_session.redis_connect_timeout => 1000 => 1000
aura_session.redis_timeout => 2000 => 2000
aura_session.redis_lock_ttl => 10000 => 10000
aura_session.redis_lock_wait => 10000 => 10000

Security warnings => none
