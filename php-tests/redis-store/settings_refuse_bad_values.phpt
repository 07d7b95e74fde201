--TEST--
aura_redis settings: a prefix with braces, a lock that never expires or a mistyped time are refused
--FILE--
<?php
foreach ([
    ['aura_session.redis_prefix', 'app{1}:'],
    ['aura_session.redis_lock_ttl', '0'],
    ['aura_session.redis_lock_wait', '10s'],
    ['aura_session.redis_timeout', '-1'],
    ['aura_session.redis_cluster', 'maybe'],
] as [$name, $value]) {
    var_dump(ini_set($name, $value));
}
var_dump(ini_get('aura_session.redis_prefix'), ini_get('aura_session.redis_lock_ttl'));
var_dump(ini_set('aura_session.redis_lock_wait', '0'), ini_get('aura_session.redis_lock_wait'));
?>
--EXPECTF--
Warning: ini_set(): aura_session.redis_prefix: "app{1}:" is not a key prefix without { or } (they choose the Cluster hash slot); the setting keeps its value in %s on line %d
bool(false)

Warning: ini_set(): aura_session.redis_lock_ttl: "0" is not a whole number of milliseconds from 1 to a day (digits only, such as 10000); the setting keeps its value in %s on line %d
bool(false)

Warning: ini_set(): aura_session.redis_lock_wait: "10s" is not a whole number of milliseconds up to a day (digits only, such as 0 or 2000); the setting keeps its value in %s on line %d
bool(false)

Warning: ini_set(): aura_session.redis_timeout: "-1" is not a whole number of milliseconds up to a day (digits only, such as 0 or 2000); the setting keeps its value in %s on line %d
bool(false)

Warning: ini_set(): aura_session.redis_cluster: "maybe" is not on or off (1, on, yes or true; 0, off, no, false or empty); the setting keeps its value in %s on line %d
bool(false)
string(10) "aura_sess:"
string(5) "10000"
string(5) "10000"
string(1) "0"
