//! The rules of `session.save_handler=aura_redis` that need no server:
//! what `session.save_path` may name, where a session lives in Redis, what
//! the commit script answered, and how long a waiter sleeps for the lock.

use std::time::Duration;

/// The nodes `session.save_path` names: one node, or a Cluster's seeds.
/// Entries are separated by commas (spaces around them are ignored); an
/// entry without a scheme is `redis://` + the entry. Only the shape is
/// checked here; the Redis client reads the rest (user, password, db).
pub fn parse_save_path(path: &[u8]) -> Result<Vec<String>, String> {
    let text = std::str::from_utf8(path).map_err(|_| "is not UTF-8 text".to_string())?;
    let mut nodes = Vec::new();
    for entry in text.split(',').map(str::trim) {
        if entry.is_empty() {
            continue;
        }
        let url = if entry.contains("://") {
            entry.to_string()
        } else {
            format!("redis://{entry}")
        };
        let (scheme, rest) = url.split_once("://").unwrap_or(("", ""));
        match scheme {
            "redis" | "rediss" => {
                let host = rest.rsplit('@').next().unwrap_or("");
                if host.is_empty() || host.starts_with(['/', ':', '?']) {
                    return Err(format!("{url:?} names no host"));
                }
            }
            "unix" | "redis+unix" => {
                if !rest.starts_with('/') {
                    return Err(format!("{url:?} names no socket path"));
                }
            }
            _ => {
                return Err(format!(
                    "{url:?} is not a redis://, rediss:// or unix:// address"
                ));
            }
        }
        nodes.push(url);
    }
    if nodes.is_empty() {
        return Err("names no Redis node (set session.save_path, for example redis://127.0.0.1:6379)".into());
    }
    Ok(nodes)
}

/// `aura_session.redis_prefix`: the start of every key. The session id goes
/// between braces after it, so that a Cluster keeps a session's data and
/// its lock in one hash slot; a brace in the prefix would move that tag.
pub fn prefix_fault(prefix: &[u8]) -> Option<&'static str> {
    if prefix.contains(&b'{') || prefix.contains(&b'}') {
        Some("a key prefix without { or } (they choose the Cluster hash slot)")
    } else if prefix.iter().any(|b| b.is_ascii_control() || *b == b' ') {
        Some("a key prefix without spaces or control characters")
    } else {
        None
    }
}

/// Whether the store can hold session `id`. Its keys put the id between
/// braces, the Cluster hash tag that keeps a session's two keys in one
/// slot; a brace in the id would move the tag (an id starting with `}`
/// sends the two keys to different slots). PHP's own ids never hold one.
pub fn storable_id(id: &[u8]) -> bool {
    !id.is_empty() && !id.iter().any(|&b| b == b'{' || b == b'}')
}

/// The hash holding session `id`: fields `d` (data), `v` (version), `w`
/// (the last write's id) and `x` (destroyed).
pub fn data_key(prefix: &[u8], id: &[u8]) -> Vec<u8> {
    let mut key = Vec::with_capacity(prefix.len() + id.len() + 2);
    key.extend_from_slice(prefix);
    key.push(b'{');
    key.extend_from_slice(id);
    key.push(b'}');
    key
}

/// The lock of session `id`, in the same hash slot as its data.
pub fn lock_key(prefix: &[u8], id: &[u8]) -> Vec<u8> {
    let mut key = data_key(prefix, id);
    key.extend_from_slice(b":lock");
    key
}

/// What the commit script answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Commit {
    /// Written; the session is now at this version.
    Written(i64),
    /// Another request wrote the session since this one read it.
    Changed,
    /// Another request destroyed the session since this one read it.
    Destroyed,
    /// This request's lock expired and another request holds the session.
    LockLost,
}

impl Commit {
    pub fn from_reply(reply: i64) -> Option<Commit> {
        match reply {
            -1 => Some(Commit::Changed),
            -2 => Some(Commit::Destroyed),
            -3 => Some(Commit::LockLost),
            v if v >= 0 => Some(Commit::Written(v)),
            _ => None,
        }
    }
}

/// How long a request waiting for the lock sleeps before its `attempt`-th
/// try (from 0): short at first, since most holders are short cycles, then
/// longer so that waiters do not flood the server.
pub fn lock_backoff(attempt: u32) -> Duration {
    Duration::from_micros(match attempt {
        0..=4 => 500,
        5..=14 => 2_000,
        15..=39 => 5_000,
        _ => 20_000,
    })
}

/// A session's time to live in milliseconds, from `session.gc_maxlifetime`
/// (seconds). Redis refuses an expiry of 0 or less, which PHP allows and
/// means "collect at once": one millisecond is the nearest Redis has.
pub fn ttl_millis(maxlifetime: i64) -> i64 {
    maxlifetime.saturating_mul(1000).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_with_braces_are_not_storable() {
        assert!(storable_id(b"q2a8k0v5r1"));
        assert!(storable_id(b"a,b-c"));
        for id in [&b""[..], b"}abc", b"a{b", b"a}b", b"{}"] {
            assert!(!storable_id(id), "{id:?}");
        }
    }

    #[test]
    fn save_path_forms() {
        assert_eq!(
            parse_save_path(b"127.0.0.1:6379").unwrap(),
            vec!["redis://127.0.0.1:6379"]
        );
        assert_eq!(
            parse_save_path(b" redis://a:1 , rediss://u:p@b:2/3,").unwrap(),
            vec!["redis://a:1", "rediss://u:p@b:2/3"]
        );
        assert_eq!(
            parse_save_path(b"unix:///run/redis.sock").unwrap(),
            vec!["unix:///run/redis.sock"]
        );
    }

    #[test]
    fn save_path_faults() {
        assert!(parse_save_path(b"").is_err());
        assert!(parse_save_path(b" , ").is_err());
        assert!(parse_save_path(b"tcp://127.0.0.1:6379").is_err());
        assert!(parse_save_path(b"redis://").is_err());
        assert!(parse_save_path(b"redis://user:pw@").is_err());
        assert!(parse_save_path(b"unix://relative.sock").is_err());
        assert!(parse_save_path(b"\xff").is_err());
    }

    #[test]
    fn keys_share_a_hash_tag() {
        assert_eq!(data_key(b"p:", b"abc"), b"p:{abc}");
        assert_eq!(lock_key(b"p:", b"abc"), b"p:{abc}:lock");
    }

    #[test]
    fn prefixes() {
        assert!(prefix_fault(b"aura_sess:").is_none());
        assert!(prefix_fault(b"").is_none());
        assert!(prefix_fault(b"a{b").is_some());
        assert!(prefix_fault(b"a}").is_some());
        assert!(prefix_fault(b"a b").is_some());
        assert!(prefix_fault(b"a\nb").is_some());
    }

    #[test]
    fn commit_replies() {
        assert_eq!(Commit::from_reply(7), Some(Commit::Written(7)));
        assert_eq!(Commit::from_reply(-1), Some(Commit::Changed));
        assert_eq!(Commit::from_reply(-2), Some(Commit::Destroyed));
        assert_eq!(Commit::from_reply(-3), Some(Commit::LockLost));
        assert_eq!(Commit::from_reply(-9), None);
    }

    #[test]
    fn backoff_grows_and_stays_bounded() {
        let waits: Vec<_> = (0..100).map(lock_backoff).collect();
        assert!(waits.windows(2).all(|w| w[0] <= w[1]));
        assert_eq!(waits[99], Duration::from_millis(20));
    }

    #[test]
    fn ttl() {
        assert_eq!(ttl_millis(1440), 1_440_000);
        assert_eq!(ttl_millis(0), 1);
        assert_eq!(ttl_millis(-5), 1);
        assert_eq!(ttl_millis(i64::MAX), i64::MAX);
    }
}
