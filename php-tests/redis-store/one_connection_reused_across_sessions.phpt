--TEST--
aura_redis: one connection per process (per thread under ZTS) serves every session cycle, and settings that name other nodes get a connection of their own
--SKIPIF--
<?php require __DIR__ . "/redis.inc"; skip_without_redis(); ?>
--INI--
session.save_handler=aura_redis
session.use_cookies=0
session.cache_limiter=
aura_session.redis_prefix=phpt:
--FILE--
<?php
require __DIR__ . "/redis.inc";
ob_start();
// Connections on databases no other test uses, counted by database.
function clients(int $db): int {
    return preg_match_all("/ db=$db /", redis_command('CLIENT', 'LIST'));
}
session_save_path('redis://' . test_redis() . '/7');
for ($i = 0; $i < 20; $i++) {
    session_start();
    $_SESSION['i'] = $i;
    session_write_close();
}
var_dump(clients(7));
// Another database is another connection, which replaces the first.
session_save_path('redis://' . test_redis() . '/8');
session_start();
session_write_close();
var_dump(clients(7), clients(8));
ob_end_flush();
?>
--EXPECT--
int(1)
int(0)
int(1)
