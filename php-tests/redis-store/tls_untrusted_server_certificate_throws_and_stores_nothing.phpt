--TEST--
aura_redis over TLS: a server certificate the trust store does not vouch for (another CA, an empty bundle, another host name) makes session_start() throw; no session starts and nothing is stored
--SKIPIF--
<?php require __DIR__ . "/tls.inc"; skip_without_tls_redis(); ?>
--FILE--
<?php
require __DIR__ . "/tls.inc";
$redis = TlsRedis::start();
foreach ([
    'another CA' => ["rediss://127.0.0.1:$redis->port", $redis->otherCa],
    'an empty bundle' => ["rediss://127.0.0.1:$redis->port", $redis->emptyBundle],
    'the right CA, another address' => ["rediss://127.0.0.2:$redis->port", $redis->ca],
] as $case => [$url, $bundle]) {
    echo "$case:\n", session_request($url, $bundle, START_AND_REPORT . '
        $_SESSION["late"] = 1;
        try {
            var_dump(session_write_close());
        } catch (Aura\Session\Exception $e) {
            echo get_class($e), ": ", $e->getMessage(), "\n";
        }');
}
var_dump($redis->call('DBSIZE'));
// the same server, trusted, does take a session
echo session_request("rediss://127.0.0.1:$redis->port", $redis->ca, START_AND_REPORT . 'session_write_close();');
var_dump($redis->call('DBSIZE'));
?>
--EXPECT--
another CA:
Aura\Session\Exception: The Redis session store failed: invalid peer certificate: UnknownIssuer
{"status":1,"session":{"kept":1}}
bool(false)
an empty bundle:
Aura\Session\Exception: The Redis session store failed: invalid peer certificate: UnknownIssuer
{"status":1,"session":{"kept":1}}
bool(false)
the right CA, another address:
Aura\Session\Exception: The Redis session store failed: invalid peer certificate: certificate not valid for name "127.0.0.2"; certificate is only valid for IpAddress(127.0.0.1)
{"status":1,"session":{"kept":1}}
bool(false)
int(0)
started
{"status":2,"session":[]}
int(1)
