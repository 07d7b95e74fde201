--TEST--
aura_redis: a save path that names no Redis node is refused with the reason
--INI--
session.save_handler=aura_redis
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
ob_start();
foreach (['', 'tcp://127.0.0.1:6379', 'redis://', 'unix://relative.sock'] as $path) {
    session_save_path($path);
    try {
        session_start();
    } catch (Aura\Session\Exception $e) {
        echo $e->getMessage(), "\n";
    }
}
ob_end_flush();
?>
--EXPECT--
The Redis session store failed: session.save_path names no Redis node (set session.save_path, for example redis://127.0.0.1:6379)
The Redis session store failed: session.save_path "tcp://127.0.0.1:6379" is not a redis://, rediss:// or unix:// address
The Redis session store failed: session.save_path "redis://" names no host
The Redis session store failed: session.save_path "unix://relative.sock" names no socket path
