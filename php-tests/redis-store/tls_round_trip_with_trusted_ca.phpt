--TEST--
aura_redis over TLS: rediss:// to a server whose CA the trust store holds (SSL_CERT_FILE) round-trips a session; plain redis:// to that port fails
--SKIPIF--
<?php require __DIR__ . "/tls.inc"; skip_without_tls_redis(); ?>
--FILE--
<?php
require __DIR__ . "/tls.inc";
$redis = TlsRedis::start();
$url = "rediss://127.0.0.1:$redis->port";

$id = session_request($url, $redis->ca,
    'session_start(); $_SESSION["user"] = "ada"; var_dump(session_write_close()); echo session_id();');
echo substr($id, 0, -32);
$id = substr($id, -32);
var_dump(stored_keys($redis, $id), $redis->call('HMGET', "aura_sess:{" . $id . "}", 'd', 'v'));

echo session_request($url, $redis->ca, 'session_id(' . var_export($id, true) . '); session_start();
var_export($_SESSION); echo "\n"; $_SESSION["n"] = 2; var_dump(session_write_close());');
var_dump($redis->call('HMGET', "aura_sess:{" . $id . "}", 'd', 'v'));

// The port speaks TLS only: what was stored went over TLS.
echo session_request("redis://127.0.0.1:$redis->port", $redis->ca,
    'ini_set("aura_session.redis_timeout", "300");' . START_AND_REPORT);
var_dump(stored_keys($redis, $id));

// The keys in the server, with the session's id shown as <id>.
function stored_keys(TlsRedis $redis, string $id): array {
    $keys = str_replace($id, '<id>', $redis->call('KEYS', '*'));
    sort($keys);
    return $keys;
}
?>
--EXPECTF--
bool(true)
array(1) {
  [0]=>
  string(16) "aura_sess:{<id>}"
}
array(2) {
  [0]=>
  string(15) "user|s:3:"ada";"
  [1]=>
  string(1) "1"
}
array (
  'user' => 'ada',
)
bool(true)
array(2) {
  [0]=>
  string(21) "user|s:3:"ada";n|i:2;"
  [1]=>
  string(1) "2"
}
Aura\Session\Exception: The Redis session store failed: %s
{"status":1,"session":{"kept":1}}
array(1) {
  [0]=>
  string(16) "aura_sess:{<id>}"
}
