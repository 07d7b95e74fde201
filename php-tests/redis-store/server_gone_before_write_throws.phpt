--TEST--
aura_redis: a server that goes away between the read and the write makes session_write_close() throw after retrying, never a lost write reported as saved
--SKIPIF--
<?php
require __DIR__ . "/redis.inc";
if (!is_executable('/usr/bin/redis-server')) die('skip needs redis-server');
?>
--INI--
session.save_handler=aura_redis
session.use_cookies=0
session.cache_limiter=
aura_session.redis_timeout=300
--FILE--
<?php
$dir = sys_get_temp_dir() . '/aura-redis-gone-' . getmypid();
@mkdir($dir);
$socket = "$dir/redis.sock";
$server = proc_open(['/usr/bin/redis-server', '--port', '0', '--unixsocket', $socket, '--save', '', '--dir', $dir],
    [1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
for ($i = 0; $i < 100 && !file_exists($socket); $i++) usleep(20000);
session_save_path("unix://$socket");
session_start();
$_SESSION['order'] = 42;
proc_terminate($server);
proc_close($server);
$t = microtime(true);
try {
    var_dump(session_write_close());
} catch (Aura\Session\Exception $e) {
    echo get_class($e), ": ", strstr($e->getMessage(), ":", true), "\n";
}
printf("gave up after retrying for about the timeout: %s\n", json_encode(microtime(true) - $t < 2));
var_dump(session_status() === PHP_SESSION_NONE);
@unlink($socket);
@rmdir($dir);
?>
--EXPECT--
Aura\Session\Exception: The Redis session store failed
gave up after retrying for about the timeout: true
bool(true)
