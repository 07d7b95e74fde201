--TEST--
php --ri aura_session lists every lifetime setting and the settings check
--INI--
session.use_strict_mode=0
session.cookie_httponly=1
session.cookie_samesite=Lax
aura_session.idle_timeout=900
--FILE--
<?php
ob_start();
(new ReflectionExtension('aura_session'))->info();
$info = ob_get_clean();
foreach (explode("\n", $info) as $line) {
    foreach (['aura_session.', 'Security', 'session.'] as $prefix) {
        if (str_starts_with($line, $prefix)) {
            $why = strpos($line, ' => the server');
            echo $why === false ? $line : substr($line, 0, $why) . ' => ...', "\n";
        }
    }
}
?>
--EXPECT--
aura_session.trusted_origins => no value => no value
aura_session.idle_timeout => 900 => 900
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
Security warning => Why
session.use_strict_mode=0 => ...
