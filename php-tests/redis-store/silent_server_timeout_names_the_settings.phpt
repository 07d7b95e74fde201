--TEST--
aura_redis: a server that accepts the connection and never answers ends in an exception that names the timeout settings
--INI--
session.save_handler=aura_redis
aura_session.redis_timeout=200
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
// The kernel completes the handshake for the listening socket; nothing reads
// what the store sends, so no answer ever comes.
$server = stream_socket_server('tcp://127.0.0.1:0');
ini_set('session.save_path', 'redis://' . stream_socket_get_name($server, false));
try {
    session_start();
    echo "started\n";
} catch (Aura\Session\Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump(session_status() === PHP_SESSION_NONE);
?>
--EXPECTF--
Aura\Session\Exception: The Redis session store failed: no answer from Redis in the time aura_session.redis_connect_timeout and aura_session.redis_timeout allow (%s)
bool(true)
