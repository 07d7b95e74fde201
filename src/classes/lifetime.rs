//! The server-enforced lifetimes of an `Aura\Session\Session`: idle and
//! absolute timeouts and id rotation with a grace window (the decisions are
//! `rules::lifetime`; docs/security.md has the design), plus the settings
//! check. Every `session_*` call goes through the session's `Phpfunc`.
//!
//! With every `aura_session` lifetime setting at 0 nothing here runs: no
//! reserved key, no extra call.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ext_php_rs::{ffi::zend_object, types::Zval};

use crate::{
    classes::session,
    config,
    engine::array::{insert, lookup, new_array_zval},
    engine::info,
    engine::ini,
    engine::keys,
    engine::request,
    engine::superglobal,
    engine::value::{Key, bool_zval, bytes_zval, long_zval, truthy},
    errors::AuraResult,
    rules::lifetime::{Decision, Limits, Reason, Record, Stamps, decide, parse_seconds},
    rules::settings_check,
};

const CREATED: &str = "created";
const ACTIVE: &str = "active";
const ISSUED: &str = "issued";
const MOVED_TO: &str = "moved_to";
const UNTIL: &str = "until";

/// How often a request following a moved id looks for the new session
/// before giving up, and how long it waits in between: the rotating
/// request writes the new session right after it marks the old one.
const FOLLOW_TRIES: u32 = 10;
const FOLLOW_WAIT: Duration = Duration::from_millis(10);

/// A moved id pointing at another moved id is followed this many times.
const MAX_HOPS: usize = 3;

fn seconds(setting: &config::Setting) -> i64 {
    setting.with_value(|value| parse_seconds(value).unwrap_or(0))
}

/// The settings in force now (`ini_set()` changes them mid-request).
pub fn limits() -> Limits {
    Limits {
        idle: seconds(&config::IDLE_TIMEOUT),
        absolute: seconds(&config::ABSOLUTE_TIMEOUT),
        rotate_interval: seconds(&config::ROTATE_INTERVAL),
        rotate_grace: seconds(&config::ROTATE_GRACE),
    }
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

fn php(this: *mut zend_object, name: &str, args: &mut [Zval]) -> AuraResult<Zval> {
    session::php(this, name, args)
}

// ---- the reserved key ----

fn field(record: &Zval, name: &str) -> Option<i64> {
    lookup(record, &Key::from_str(name)).and_then(Zval::long)
}

/// What the reserved key holds; anything malformed reads as missing.
fn read_record() -> AuraResult<Record> {
    let Some(stored) = superglobal::get_copy(&[&keys::lifetime()])? else {
        return Ok(Record::Missing);
    };
    let moved_to = lookup(&stored, &Key::from_str(MOVED_TO)).and_then(Zval::str);
    if let (Some(to), Some(until)) = (moved_to, field(&stored, UNTIL)) {
        return Ok(Record::Moved {
            to: to.to_owned(),
            until,
        });
    }
    Ok(match (field(&stored, CREATED), field(&stored, ACTIVE), field(&stored, ISSUED)) {
        (Some(created), Some(active), Some(issued)) => Record::Live(Stamps {
            created,
            active,
            issued,
        }),
        _ => Record::Missing,
    })
}

fn record_zval(fields: &[(&str, Zval)]) -> Zval {
    let array = new_array_zval();
    for (name, value) in fields {
        // SAFETY: `array` owns a fresh array no one else sees.
        insert(
            unsafe { array.value.arr },
            &Key::from_str(name),
            value.shallow_clone(),
        );
    }
    array
}

fn write_stamps(stamps: Stamps) -> AuraResult<()> {
    let record = record_zval(&[
        (CREATED, long_zval(stamps.created)),
        (ACTIVE, long_zval(stamps.active)),
        (ISSUED, long_zval(stamps.issued)),
    ]);
    superglobal::set(&[&keys::lifetime()], record)
}

fn write_moved(to: &Zval, until: i64) -> AuraResult<()> {
    let record = record_zval(&[(MOVED_TO, to.shallow_clone()), (UNTIL, long_zval(until))]);
    superglobal::set(&[&keys::lifetime()], record)
}

// ---- hooks the Session calls ----

/// Right after `session_start()` succeeded, before flashes move: ends,
/// follows, rotates or stamps the session as the settings say.
pub fn after_start(this: *mut zend_object) -> AuraResult<()> {
    let limits = limits();
    if !limits.any() {
        return Ok(());
    }
    for _ in 0..MAX_HOPS {
        let now = now();
        match decide(&read_record()?, &limits, now) {
            Decision::Keep => return Ok(()),
            Decision::Stamp(stamps) => return write_stamps(stamps),
            Decision::Expire(reason) => return expire(this, reason, now),
            Decision::Rotate(stamps) => return rotate(this, stamps, &limits, now),
            Decision::Follow(to) => {
                if !follow(this, &to)? {
                    return expire(this, Reason::Rotated, now);
                }
            }
        }
    }
    expire(this, Reason::Rotated, now())
}

/// `Session::clear()` empties the data but keeps the times: clearing must
/// not restart the absolute timeout.
pub fn clear(this: *mut zend_object) -> AuraResult<Zval> {
    let kept = if limits().any() {
        superglobal::get_copy(&[&keys::lifetime()])?
    } else {
        None
    };
    let result = php(this, "session_unset", &mut [])?;
    if let Some(record) = kept {
        superglobal::set(&[&keys::lifetime()], record)?;
    }
    Ok(result)
}

/// `Session::destroy()` leaves no times behind in `$_SESSION`.
pub fn forget() -> AuraResult<()> {
    let reserved = keys::lifetime();
    if superglobal::exists_at(&[&reserved])? {
        superglobal::unset(&[&reserved])?;
    }
    Ok(())
}

/// After an explicit `regenerateId()`: the new id's rotation interval starts
/// now. The old id was deleted, so nothing forwards it.
pub fn after_regenerate() -> AuraResult<()> {
    if !limits().any() {
        return Ok(());
    }
    if let Record::Live(stamps) = read_record()? {
        let now = now();
        write_stamps(Stamps {
            active: now,
            issued: now,
            ..stamps
        })?;
    }
    Ok(())
}

// ---- what the decisions do ----

/// The session's data is emptied, its id destroyed in the store, a new id
/// (and cookie) issued; the reason holds for the rest of the request.
fn expire(this: *mut zend_object, reason: Reason, now: i64) -> AuraResult<()> {
    php(this, "session_unset", &mut [])?;
    php(this, "session_regenerate_id", &mut [bool_zval(true)])?;
    write_stamps(Stamps::fresh(now))?;
    request::set_expired(Some(reason));
    Ok(())
}

/// Moves the data to a new id. The old id keeps only a pointer to the new
/// one, valid for the grace window; the new session is written at once so
/// a request following the pointer finds it.
fn rotate(this: *mut zend_object, stamps: Stamps, limits: &Limits, now: i64) -> AuraResult<()> {
    if truthy(&php(this, "headers_sent", &mut [])?) {
        // The client could not learn the new id: rotate on a later request.
        return Ok(());
    }
    let new_id = php(this, "session_create_id", &mut [])?;
    if !new_id.is_string() {
        return Ok(());
    }
    let data = root_entries()?;
    php(this, "session_unset", &mut [])?;
    write_moved(&new_id, now.saturating_add(limits.rotate_grace))?;
    php(this, "session_write_close", &mut [])?;
    php(this, "session_id", &mut [new_id])?;
    // Strict mode would replace an id the store does not hold yet; this one
    // the server made itself, so strict mode is lifted until it is stored.
    let strict = relax_strict_mode(this)?;
    let started = truthy(&php(this, "session_start", &mut [])?);
    if started {
        // The copied reserved key holds the old times until the new ones
        // replace it.
        for (key, value) in data {
            superglobal::set(&[&key], value)?;
        }
        write_stamps(stamps)?;
        php(this, "session_write_close", &mut [])?;
    }
    if let Some(strict) = strict {
        php(this, "ini_set", &mut [strict_mode(), strict])?;
    }
    if !started || !truthy(&php(this, "session_start", &mut [])?) {
        return Ok(());
    }
    session::rotate_csrf_tokens(this)
}

/// Switches from a moved id to the session it points at. False when that
/// session never appears (it was ended, or retired by `regenerateId()`).
/// Until the rotating request has stored it, the id opens empty, or under
/// strict mode is replaced by another: both are tried again shortly.
fn follow(this: *mut zend_object, to: &str) -> AuraResult<bool> {
    let target = || bytes_zval(to.as_bytes());
    for attempt in 0..FOLLOW_TRIES {
        if attempt > 0 {
            std::thread::sleep(FOLLOW_WAIT);
        }
        php(this, "session_abort", &mut [])?;
        php(this, "session_id", &mut [target()])?;
        if !truthy(&php(this, "session_start", &mut [])?) {
            return Ok(false);
        }
        let same_id = php(this, "session_id", &mut [])?.str() == Some(to);
        if same_id && read_record()? != Record::Missing {
            return Ok(true);
        }
    }
    Ok(false)
}

fn strict_mode() -> Zval {
    bytes_zval(b"session.use_strict_mode")
}

/// Turns strict mode off (no session may be active) and returns the value
/// to restore, or `None` when it was off or cannot change now.
fn relax_strict_mode(this: *mut zend_object) -> AuraResult<Option<Zval>> {
    let strict = php(this, "ini_get", &mut [strict_mode()])?;
    if !truthy(&strict) {
        return Ok(None);
    }
    let changed = php(this, "ini_set", &mut [strict_mode(), bytes_zval(b"0")])?;
    Ok((!matches!(changed.bool(), Some(false))).then_some(strict))
}

/// Copies of every top-level `$_SESSION` entry, nulls included.
fn root_entries() -> AuraResult<Vec<(Key, Zval)>> {
    let mut entries = Vec::new();
    for key in superglobal::keys(&[])? {
        let value = superglobal::get_copy(&[&key])?.unwrap_or_else(|| {
            let mut null = Zval::new();
            null.set_null();
            null
        });
        entries.push((key, value));
    }
    Ok(entries)
}

// ---- what the PHP methods read ----

/// `getExpiredReason()`.
pub fn expired_reason() -> Zval {
    match request::expired() {
        Some(reason) => bytes_zval(reason.as_str().as_bytes()),
        None => Zval::new(),
    }
}

/// `getCreatedTime()` / `getLastActiveTime()`: the stored time, while a
/// timeout is on and the session holds times.
pub fn stored_time(pick: fn(&Stamps) -> i64) -> AuraResult<Zval> {
    if !limits().timeouts() {
        return Ok(Zval::new());
    }
    Ok(match read_record()? {
        Record::Live(stamps) => long_zval(pick(&stamps)),
        _ => Zval::new(),
    })
}

// ---- the settings check ----

fn setting_value(name: &str) -> Option<String> {
    let name = std::ffi::CString::new(name).ok()?;
    Some(ini::with_value(&name, |value| {
        String::from_utf8_lossy(value).into_owned()
    }))
}

fn warnings() -> Vec<settings_check::Warning> {
    settings_check::warnings(setting_value)
}

/// `getSecurityWarnings()`: one line per risky setting in force.
pub fn security_warnings() -> Zval {
    let list = new_array_zval();
    for (index, warning) in (0..).zip(warnings()) {
        // SAFETY: `list` owns a fresh array no one else sees.
        insert(
            unsafe { list.value.arr },
            &Key::Int(index),
            bytes_zval(warning.line().as_bytes()),
        );
    }
    list
}

/// The same warnings in `phpinfo()` / `php --ri aura_session`.
pub fn print_warnings() {
    let rows: Vec<(String, String)> = warnings()
        .into_iter()
        .map(|w| (w.setting, w.why.to_owned()))
        .collect();
    if rows.is_empty() {
        info::print_table((c"Security warnings", c"none"), &[]);
    } else {
        info::print_table((c"Security warning", c"Why"), &rows);
    }
}
