//! The Lua scripts that make each step one atomic round trip. Every script
//! touches two keys, the session's hash and its lock, which share a hash
//! slot (`rules::redis_store::data_key`), so a Cluster runs them too.

use std::sync::LazyLock;

use redis::Script;

pub struct Scripts {
    /// Takes the lock (or finds it already ours) and reads the session:
    /// nil while another request holds the lock.
    /// ARGV: token, lock time to live (ms).
    pub read_locked: Script,
    /// Writes when the session is still at the version read, and, under a
    /// lock, while the lock is not another request's; then releases the
    /// lock. A write whose reply was lost finds its own write id and
    /// succeeds again; a write of exactly the data stored changes nothing
    /// and succeeds whatever the version and whoever holds the lock. Answers the new version or a negative code
    /// (`rules::redis_store::Commit`).
    /// ARGV: token ("" when unlocked), version read, data, ttl (ms), write id.
    pub write: Script,
    /// `lazy_write` found the data unchanged: renews the time to live (a
    /// session read but never stored is stored empty, so that its id
    /// exists for strict mode), then releases the lock.
    /// ARGV: token, ttl (ms), version read, write id.
    pub touch: Script,
    /// Leaves a tombstone one version up, so that no request that read the
    /// session before can write it back; releases the lock when ours.
    /// ARGV: token, tombstone ttl (ms).
    pub destroy: Script,
    /// Releases the lock when it is still ours. ARGV: token.
    pub release: Script,
}

pub static SCRIPTS: LazyLock<Scripts> = LazyLock::new(|| Scripts {
    read_locked: Script::new(
        r"
local holder = redis.call('GET', KEYS[2])
if holder and holder ~= ARGV[1] then return false end
redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
return redis.call('HMGET', KEYS[1], 'd', 'v', 'x')
",
    ),
    write: Script::new(
        r"
local cur = redis.call('HMGET', KEYS[1], 'v', 'x', 'w', 'd')
local v = tonumber(cur[1]) or 0
local read = tonumber(ARGV[2])
if cur[3] == ARGV[5] and v == read + 1 then return v end
if cur[4] == ARGV[3] and not cur[2] then
  redis.call('PEXPIRE', KEYS[1], ARGV[4])
  if ARGV[1] ~= '' and redis.call('GET', KEYS[2]) == ARGV[1] then redis.call('DEL', KEYS[2]) end
  return v
end
if v ~= read then
  if cur[2] then return -2 end
  return -1
end
local holder = redis.call('GET', KEYS[2])
if ARGV[1] ~= '' and holder and holder ~= ARGV[1] then return -3 end
if ARGV[1] == '' and holder then return -3 end
redis.call('HSET', KEYS[1], 'd', ARGV[3], 'v', v + 1, 'w', ARGV[5])
redis.call('HDEL', KEYS[1], 'x')
redis.call('PEXPIRE', KEYS[1], ARGV[4])
if ARGV[1] ~= '' and holder == ARGV[1] then redis.call('DEL', KEYS[2]) end
return v + 1
",
    ),
    touch: Script::new(
        r"
local cur = redis.call('HMGET', KEYS[1], 'v', 'x')
if not cur[1] then
  if tonumber(ARGV[3]) == 0 then
    redis.call('HSET', KEYS[1], 'd', '', 'v', 1, 'w', ARGV[4])
    redis.call('PEXPIRE', KEYS[1], ARGV[2])
  end
elseif not cur[2] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
if ARGV[1] ~= '' and redis.call('GET', KEYS[2]) == ARGV[1] then redis.call('DEL', KEYS[2]) end
return 1
",
    ),
    destroy: Script::new(
        r"
local v = tonumber(redis.call('HGET', KEYS[1], 'v')) or 0
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'v', v + 1, 'x', '1')
redis.call('PEXPIRE', KEYS[1], ARGV[2])
if ARGV[1] ~= '' and redis.call('GET', KEYS[2]) == ARGV[1] then redis.call('DEL', KEYS[2]) end
return v + 1
",
    ),
    release: Script::new(
        r"
if redis.call('GET', KEYS[2]) == ARGV[1] then redis.call('DEL', KEYS[2]) end
return 1
",
    ),
});
