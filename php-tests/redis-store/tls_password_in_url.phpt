--TEST--
aura_redis over TLS: the password in rediss://:password@host:port authenticates; a wrong or missing one makes session_start() throw and changes nothing
--SKIPIF--
<?php require __DIR__ . "/tls.inc"; skip_without_tls_redis(); ?>
--FILE--
<?php
require __DIR__ . "/tls.inc";
$redis = TlsRedis::start('s3cret');
$id = bin2hex(random_bytes(16));
// An id of the test's choosing, adopted also where strict mode is the
// default (PHP 8.6).
$resume = 'ini_set("session.use_strict_mode", "0");
    session_id(' . var_export($id, true) . ');
    try {
        session_start();
        echo json_encode($_SESSION), "\n";
        $_SESSION["visits"] = ($_SESSION["visits"] ?? 0) + 1;
        var_dump(session_write_close());
    } catch (Aura\Session\Exception $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
        var_dump(session_status() === PHP_SESSION_NONE);
    }';
foreach ([
    'the password' => ":s3cret@",
    'a wrong password' => ":wrong@",
    'no password' => "",
    'the password again' => ":s3cret@",
] as $case => $credentials) {
    echo "$case:\n", session_request("rediss://{$credentials}127.0.0.1:$redis->port", $redis->ca, $resume);
    var_dump($redis->call('HMGET', "aura_sess:{" . $id . "}", 'd', 'v'), $redis->call('DBSIZE'));
}
?>
--EXPECT--
the password:
[]
bool(true)
array(2) {
  [0]=>
  string(11) "visits|i:1;"
  [1]=>
  string(1) "1"
}
int(1)
a wrong password:
Aura\Session\Exception: The Redis session store failed: Password authentication failed - AuthenticationFailed
bool(true)
array(2) {
  [0]=>
  string(11) "visits|i:1;"
  [1]=>
  string(1) "1"
}
int(1)
no password:
Aura\Session\Exception: The Redis session store failed: "NOAUTH": Authentication required.
bool(true)
array(2) {
  [0]=>
  string(11) "visits|i:1;"
  [1]=>
  string(1) "1"
}
int(1)
the password again:
{"visits":1}
bool(true)
array(2) {
  [0]=>
  string(11) "visits|i:2;"
  [1]=>
  string(1) "2"
}
int(1)
