//! `session.save_handler=aura_redis` (docs/redis-store.md): sessions in
//! Redis or a Redis Cluster, each with a version, committed by one atomic
//! compare-and-set. A request that read version `v` writes only while the
//! session is still at `v`; a destroyed session keeps a tombstone one
//! version up, so no request that read it before can write it back.
//!
//! Reads take an expiring lock (PHP's exclusive semantics) unless the
//! caller asked for an unlocked read (`reading_unlocked`, the read-only
//! cycles of `aura_session.lazy_lock`); the lock carries a token, and a
//! write under a lock that expired and went to another request is refused
//! (fencing). Every refusal is an error for the caller to raise: nothing
//! is dropped quietly.

mod connection;
mod scripts;

use std::{
    cell::{Cell, RefCell},
    time::{Duration, Instant},
};

use redis::{ErrorKind, FromRedisValue, RedisError, RetryMethod, Script, ScriptInvocation, Value};

use crate::rules::{
    redis_store::{Commit, data_key, lock_backoff, lock_key, storable_id, ttl_millis},
    token::{hex, random_bytes},
};
use scripts::SCRIPTS;

/// What the store needs to know, read from php.ini when a session opens.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub nodes: Vec<String>,
    pub cluster: bool,
    pub prefix: Vec<u8>,
    /// `None`: no limit.
    pub connect_timeout: Option<Duration>,
    pub timeout: Option<Duration>,
    pub lock_ttl: Duration,
    pub lock_wait: Duration,
}

/// Why a step failed. Each is raised in the PHP call that asked for it.
#[derive(Debug)]
pub enum StoreError {
    /// The server could not be reached or answered with an error.
    Unavailable(String),
    /// Another request held the lock for all of `aura_session.redis_lock_wait`
    /// (this long), while this one wanted to read or to write unlocked.
    Locked { waited: Duration, writing: bool },
    /// The commit was refused (`Commit::Changed`, `Destroyed`, `LockLost`).
    Refused(Commit),
    /// The session module asked for a step out of order.
    Misuse(&'static str),
    /// A session id with a brace (`storable_id`).
    BadId,
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Unavailable(why) => write!(f, "the Redis session store failed: {why}"),
            StoreError::Locked { waited, writing } => write!(
                f,
                "another request held this session's lock for all of aura_session.redis_lock_wait ({} ms), so {}",
                waited.as_millis(),
                if *writing { "nothing was written" } else { "the session was not opened" }
            ),
            StoreError::Refused(Commit::Changed) => f.write_str(
                "another request wrote this session since this request read it, so nothing was written",
            ),
            StoreError::Refused(Commit::Destroyed) => f.write_str(
                "another request destroyed this session since this request read it, so nothing was written",
            ),
            StoreError::Refused(Commit::LockLost) => f.write_str(
                "this request's lock on the session expired (aura_session.redis_lock_ttl) and another request holds it now, so nothing was written",
            ),
            StoreError::Refused(Commit::Written(_)) => f.write_str("written"),
            StoreError::Misuse(what) => f.write_str(what),
            StoreError::BadId => f.write_str(
                "the Redis session store holds no session id with { or } (the braces would choose the Cluster slot); PHP's own ids never have them",
            ),
        }
    }
}

pub type StoreResult<T> = Result<T, StoreError>;

/// The session this request has read, and how.
struct Held {
    id: Vec<u8>,
    version: i64,
    /// The data as read: writing it back is no change (`lazy_write` off).
    read: Vec<u8>,
    /// The lock is ours (taken by the read, not yet released).
    locked: bool,
}

/// What the handler remembers during one request. A thread serves one
/// request at a time (ZTS included); `request_start()` resets it.
struct Request {
    config: Option<Config>,
    held: Option<Held>,
    /// The id and version this request read last, kept after the session
    /// closes: a later cycle of the same request that finds it destroyed
    /// since must not write it back.
    seen: Option<(Vec<u8>, i64)>,
    /// The id this request destroyed: the only one whose tombstone it may
    /// write over.
    destroyed: Option<Vec<u8>>,
    /// This request's lock token; also the stem of its write ids.
    token: String,
    writes: u64,
}

thread_local! {
    static REQUEST: RefCell<Request> = const {
        RefCell::new(Request {
            config: None,
            held: None,
            seen: None,
            destroyed: None,
            token: String::new(),
            writes: 0,
        })
    };
    static UNLOCKED_READS: Cell<bool> = const { Cell::new(false) };
    /// An unlocked commit found the session changed since its read.
    static UNLOCKED_CONFLICT: Cell<bool> = const { Cell::new(false) };
}

/// Whether an unlocked commit was refused because another request wrote
/// first, since the last call: the caller may run its cycle again on the
/// fresh data.
pub fn take_unlocked_conflict() -> bool {
    UNLOCKED_CONFLICT.replace(false)
}

/// Request startup: a lock a failed request left behind is released (it
/// would expire anyway), and nothing else carries over.
pub fn request_start() {
    let _ = close();
    REQUEST.with_borrow_mut(|r| {
        r.config = None;
        r.seen = None;
        r.destroyed = None;
        r.token.clear();
        r.writes = 0;
    });
}

/// Runs `f` with reads that take no lock: for a cycle that only reads, or
/// writes nothing but what it finds at the version it read.
pub fn reading_unlocked<R>(f: impl FnOnce() -> R) -> R {
    let outer = UNLOCKED_READS.replace(true);
    let result = f();
    UNLOCKED_READS.set(outer);
    result
}

/// `open`: remembers where the sessions are. The connection is made (or
/// reused) by the first step that needs it.
pub fn open(config: Config) {
    REQUEST.with_borrow_mut(|r| r.config = Some(config));
}

/// The settings, for a step on session `id`.
fn config_for(id: &[u8]) -> StoreResult<Config> {
    if !storable_id(id) {
        return Err(StoreError::BadId);
    }
    config()
}

fn config() -> StoreResult<Config> {
    REQUEST
        .with_borrow(|r| r.config.clone())
        .ok_or(StoreError::Misuse("the Redis session store was used before it was opened"))
}

fn token() -> String {
    REQUEST.with_borrow_mut(|r| {
        if r.token.is_empty() {
            r.token = random_bytes::<16>().map(|b| hex(&b)).unwrap_or_else(|_| {
                // The lock only has to tell this request from others; the
                // time and thread make that so when no randomness is left.
                format!("{:?}-{:?}", Instant::now(), std::thread::current().id())
            });
        }
        r.token.clone()
    })
}

/// `read`: the session's data ("" when there is none), after taking its
/// lock unless reads are unlocked.
pub fn read(id: &[u8], _maxlifetime: i64) -> StoreResult<Vec<u8>> {
    let config = config_for(id)?;
    let locked = !UNLOCKED_READS.get();
    let reply: Value = if locked {
        let token = token();
        let ttl = millis(config.lock_ttl);
        waiting_for_lock(&config, false, || {
            let reply: Value = run_script(&config, &SCRIPTS.read_locked, id, |call| {
                call.arg(&token).arg(ttl);
            })?;
            Ok((reply != Value::Nil).then_some(reply))
        })?
    } else {
        connection::run(&config, |con| {
            redis::cmd("HMGET").arg(data_key(&config.prefix, id)).arg("d").arg("v").arg("x").query(con)
        })?
    };
    let (stored, version, destroyed): (Option<Vec<u8>>, Option<i64>, Option<Vec<u8>>) =
        redis::from_redis_value(reply)
            .map_err(|error| StoreError::Unavailable(error.to_string()))?;
    let version = version.unwrap_or(0);
    let destroyed_since = destroyed.is_some()
        && REQUEST.with_borrow(|r| r.seen.as_ref().is_some_and(|(seen, at)| seen == id && *at < version));
    if destroyed_since {
        if locked {
            let _ = release(&config, id);
        }
        return Err(StoreError::Refused(Commit::Destroyed));
    }
    let stored = stored.unwrap_or_default();
    REQUEST.with_borrow_mut(|r| {
        r.held = Some(Held { id: id.to_vec(), version, read: stored.clone(), locked });
        r.seen = Some((id.to_vec(), version));
    });
    Ok(stored)
}

/// The session read under `id`, with its lock token ("" when unlocked).
fn held(id: &[u8]) -> StoreResult<(i64, String)> {
    let (version, locked) = REQUEST
        .with_borrow(|r| r.held.as_ref().filter(|h| h.id == id).map(|h| (h.version, h.locked)))
        .ok_or(StoreError::Misuse(
            "the session module wrote a session the Redis store had not read",
        ))?;
    Ok((version, if locked { token() } else { String::new() }))
}

/// After a commit or a renewal, which released the lock: the session is
/// at `version` now.
fn committed(version: i64) {
    REQUEST.with_borrow_mut(|r| {
        if let Some(held) = r.held.as_mut() {
            held.version = version;
            held.locked = false;
            r.seen = Some((held.id.clone(), version));
        }
    });
}

/// Runs `script` on the keys of session `id` (its data, its lock), with the
/// arguments `args` adds.
fn run_script<T: FromRedisValue>(
    config: &Config,
    script: &Script,
    id: &[u8],
    args: impl Fn(&mut ScriptInvocation<'_>),
) -> StoreResult<T> {
    let data = data_key(&config.prefix, id);
    let lock = lock_key(&config.prefix, id);
    connection::run(config, |con| {
        let mut call = script.key(&data);
        call.key(&lock);
        args(&mut call);
        call.invoke(con)
    })
}

/// Tries `attempt` until it answers something, sleeping between tries
/// while another request holds the lock, for `aura_session.redis_lock_wait`
/// at most.
fn waiting_for_lock<T>(
    config: &Config,
    writing: bool,
    mut attempt: impl FnMut() -> StoreResult<Option<T>>,
) -> StoreResult<T> {
    let started = Instant::now();
    for tries in 0.. {
        if let Some(answer) = attempt()? {
            return Ok(answer);
        }
        let left = config.lock_wait.saturating_sub(started.elapsed());
        if left.is_zero() {
            break;
        }
        std::thread::sleep(lock_backoff(tries).min(left));
    }
    Err(StoreError::Locked { waited: config.lock_wait, writing })
}

/// `write`: the compare-and-set. An unlocked write that finds another
/// request's lock waits for it as a locked read would, then tries again.
pub fn write(id: &[u8], value: &[u8], maxlifetime: i64) -> StoreResult<()> {
    // Data as read is no change, whatever happened since: renewing it
    // keeps another request's newer write (and never needs the lock).
    let unchanged =
        REQUEST.with_borrow(|r| r.held.as_ref().is_some_and(|h| h.id == id && h.read == value));
    if unchanged {
        return touch(id, maxlifetime);
    }
    let config = config()?;
    let (version, token) = held(id)?;
    let write_id = REQUEST.with_borrow_mut(|r| {
        r.writes += 1;
        r.writes
    });
    let write_id = format!("{}:{write_id}", self::token());
    let ttl = ttl_millis(maxlifetime);
    let revive = if REQUEST.with_borrow(|r| r.destroyed.as_deref() == Some(id)) { "1" } else { "0" };
    let now = waiting_for_lock(&config, true, || {
        let reply: i64 = run_script(&config, &SCRIPTS.write, id, |call| {
            call.arg(&token).arg(version).arg(value).arg(ttl).arg(&write_id).arg(revive);
        })?;
        match Commit::from_reply(reply) {
            Some(Commit::Written(now)) => Ok(Some(now)),
            // Unlocked: another request's cycle holds the lock; wait for it.
            Some(Commit::LockLost) if token.is_empty() => Ok(None),
            Some(refused) => {
                if token.is_empty() && refused == Commit::Changed {
                    UNLOCKED_CONFLICT.set(true);
                }
                Err(StoreError::Refused(refused))
            }
            None => Err(StoreError::Unavailable(format!("the commit script answered {reply}"))),
        }
    })?;
    committed(now);
    Ok(())
}

/// `update_timestamp`: the data did not change (`session.lazy_write`).
pub fn touch(id: &[u8], maxlifetime: i64) -> StoreResult<()> {
    let config = config()?;
    let (version, token) = held(id)?;
    let write_id = format!("{}:touch", self::token());
    let _: i64 = run_script(&config, &SCRIPTS.touch, id, |call| {
        call.arg(&token).arg(ttl_millis(maxlifetime)).arg(version).arg(&write_id);
    })?;
    committed(version.max(1));
    Ok(())
}

/// `destroy`: the tombstone lives as long as a session would.
pub fn destroy(id: &[u8], maxlifetime: i64) -> StoreResult<()> {
    let config = config_for(id)?;
    let token = REQUEST
        .with_borrow(|r| r.held.as_ref().is_some_and(|h| h.id == id && h.locked))
        .then(token)
        .unwrap_or_default();
    let tombstone: i64 = run_script(&config, &SCRIPTS.destroy, id, |call| {
        call.arg(&token).arg(ttl_millis(maxlifetime));
    })?;
    // This request's own destruction: it may open the id afresh.
    REQUEST.with_borrow_mut(|r| {
        if r.held.as_ref().is_some_and(|h| h.id == id) {
            r.held = None;
        }
        r.seen = Some((id.to_vec(), tombstone));
        r.destroyed = Some(id.to_vec());
    });
    Ok(())
}

/// `close`: releases the lock if this request still holds it.
pub fn close() -> StoreResult<()> {
    let held = REQUEST.with_borrow_mut(|r| {
        r.held
            .take()
            .filter(|h| h.locked)
            .map(|h| h.id)
            .zip(r.config.clone())
    });
    let Some((id, config)) = held else {
        return Ok(());
    };
    release(&config, &id)
}

fn release(config: &Config, id: &[u8]) -> StoreResult<()> {
    let token = token();
    let _: i64 = run_script(config, &SCRIPTS.release, id, |call| {
        call.arg(&token);
    })?;
    Ok(())
}

/// Whether `id` names a live session (`validate_sid`, strict mode).
pub fn is_live(id: &[u8]) -> StoreResult<bool> {
    // Strict mode then makes a new id.
    if !storable_id(id) {
        return Ok(false);
    }
    let config = config()?;
    let (version, destroyed): (Option<i64>, Option<Vec<u8>>) = connection::run(&config, |con| {
        redis::cmd("HMGET").arg(data_key(&config.prefix, id)).arg("v").arg("x").query(con)
    })?;
    Ok(version.is_some() && destroyed.is_none())
}

/// Whether `id` is in use in any way, tombstones included (`create_sid`).
pub fn is_taken(id: &[u8]) -> StoreResult<bool> {
    let config = config_for(id)?;
    connection::run(&config, |con| {
        redis::cmd("EXISTS").arg(data_key(&config.prefix, id)).query(con)
    })
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX).max(1)
}

fn unavailable(error: RedisError) -> StoreError {
    // The system's words for a timeout ("Resource temporarily unavailable")
    // do not say which setting ran out.
    if error.is_timeout() {
        return StoreError::Unavailable(format!(
            "no answer from Redis in the time aura_session.redis_connect_timeout and aura_session.redis_timeout allow ({error})"
        ));
    }
    StoreError::Unavailable(error.to_string())
}

/// Whether a new connection may succeed where this one failed.
fn worth_retrying(error: &RedisError) -> bool {
    error.kind() != ErrorKind::AuthenticationFailed
        && !matches!(error.retry_method(), RetryMethod::NoRetry)
}
