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
    engine::guard,
    engine::guard::Owned,
    engine::info,
    engine::ini,
    engine::keys,
    engine::request,
    engine::session_state::{self, Headers},
    engine::superglobal,
    engine::value::{Key, bool_zval, bytes_zval, long_zval, truthy},
    errors::{AuraError, AuraResult},
    rules::lifetime::{Decision, Limits, Reason, Record, Stamps, decide, parse_seconds},
    rules::settings_check,
};

const CREATED: &str = "created";
const ACTIVE: &str = "active";
const ISSUED: &str = "issued";
const MOVED_TO: &str = "moved_to";
const UNTIL: &str = "until";

/// How many decisions one start may take (each wait for a rotation under
/// way, each hop from a moved id to the next, counts one), and how long a
/// wait lasts: a rotation marks the old id a few store calls after it
/// starts moving it.
const MAX_STEPS: usize = 20;
const ROTATION_WAIT: Duration = Duration::from_millis(10);

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

fn php(this: *mut zend_object, name: &str, args: &mut [Zval]) -> AuraResult<Owned> {
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
    let stamps = match (
        field(&stored, CREATED),
        field(&stored, ACTIVE),
        field(&stored, ISSUED),
    ) {
        (Some(created), Some(active), Some(issued)) => Some(Stamps {
            created,
            active,
            issued,
        }),
        _ => None,
    };
    if let Some(until) = field(&stored, UNTIL) {
        let moved_to = lookup(&stored, &Key::from_str(MOVED_TO)).and_then(Zval::str);
        return Ok(match moved_to {
            Some(to) => Record::Moved {
                to: to.to_owned(),
                until,
            },
            None => Record::Moving { until, stamps },
        });
    }
    Ok(stamps.map_or(Record::Missing, Record::Live))
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

fn stamp_fields(stamps: Stamps) -> [(&'static str, Zval); 3] {
    [
        (CREATED, long_zval(stamps.created)),
        (ACTIVE, long_zval(stamps.active)),
        (ISSUED, long_zval(stamps.issued)),
    ]
}

fn write_stamps(stamps: Stamps) -> AuraResult<()> {
    superglobal::set(&[&keys::lifetime()], record_zval(&stamp_fields(stamps)))
}

/// Marks the session as moving until `until`, its data and times kept.
fn write_moving(stamps: Stamps, until: i64) -> AuraResult<()> {
    let mut fields = vec![(UNTIL, long_zval(until))];
    fields.extend(stamp_fields(stamps));
    superglobal::set(&[&keys::lifetime()], record_zval(&fields))
}

/// Replaces the whole session data with the record of a move: `to` is the
/// new id, or null while it is not known yet.
fn write_moved(this: *mut zend_object, to: &Zval, until: i64) -> AuraResult<()> {
    emptied(this, || {
        let mut fields = vec![(UNTIL, long_zval(until))];
        if !to.is_null() {
            fields.insert(0, (MOVED_TO, to.shallow_clone()));
        }
        superglobal::set(&[&keys::lifetime()], record_zval(&fields))
    })
}

/// `session_unset()`, then `then`, and only then the old data is released:
/// a destructor it runs sees the session's new state, never a table PHP is
/// cleaning (see `superglobal::take_all`). What the release raises is
/// reported after what `then` raised.
fn emptied(this: *mut zend_object, then: impl FnOnce() -> AuraResult<()>) -> AuraResult<()> {
    let old = superglobal::take_all();
    let result = php(this, "session_unset", &mut []).and_then(Owned::discard).and_then(|()| then());
    let released = old.map_or(Ok(()), Owned::discard);
    result.and(released)
}

// ---- hooks the Session calls ----

/// Right after `session_start()` succeeded, before flashes move: ends,
/// follows, rotates or stamps the session as the settings say. The save
/// handler is watched meanwhile, so that a failing store call cannot leave
/// it locked (see `session_state::watching_saves`).
pub fn after_start(this: *mut zend_object) -> AuraResult<()> {
    let limits = limits();
    if !limits.any() {
        return Ok(());
    }
    session_state::watching_saves(|| decide_after_start(this, &limits)).0
}

/// Inside a write cycle that started the session afresh: a session a
/// rotation moved is followed, or ended, as a start would.
pub fn settle_moved(this: *mut zend_object) -> AuraResult<()> {
    if limits().any() && matches!(read_record()?, Record::Moved { .. } | Record::Moving { .. }) {
        return after_start(this);
    }
    Ok(())
}

fn decide_after_start(this: *mut zend_object, limits: &Limits) -> AuraResult<()> {
    for _ in 0..MAX_STEPS {
        let now = now();
        match decide(&read_record()?, limits, now) {
            Decision::Keep => return Ok(()),
            Decision::Stamp(stamps) => return write_stamps(stamps),
            Decision::Expire(reason) => return expire(this, reason, now),
            Decision::Rotate(stamps) => return rotate(this, stamps, limits, now),
            Decision::Follow(to) => {
                let id = php(this, "session_id", &mut [])?;
                if !reopen(this, &bytes_zval(to.as_bytes()))? {
                    // Back to the moved id, so that it is the one destroyed.
                    reopen(this, &id)?;
                    return expire(this, Reason::Rotated, now);
                }
            }
            Decision::Wait => {
                if !wait_for_move(this)? {
                    return expire(this, Reason::Rotated, now);
                }
            }
        }
    }
    if take_back_stopped_move()? {
        return Ok(());
    }
    expire(this, Reason::Rotated, now())
}

/// A rotation that has not named the new id after every wait stopped: the
/// data is still here with its times, and the session goes on under this
/// id. False when there is no such marker.
fn take_back_stopped_move() -> AuraResult<bool> {
    if let Record::Moving {
        stamps: Some(stamps),
        ..
    } = read_record()?
    {
        write_stamps(stamps)?;
        return Ok(true);
    }
    Ok(false)
}

/// Inside a write cycle of `aura_session.lazy_lock`: follows the moves a
/// rotation made since the request read its session, so that the write
/// lands in the live session. False when the session was ended instead (a
/// move whose grace passed, or data the store no longer has), with the
/// session the cycle opened still open.
pub fn follow_moves(this: *mut zend_object) -> AuraResult<bool> {
    if !limits().any() {
        return Ok(true);
    }
    for _ in 0..MAX_STEPS {
        let now = now();
        match read_record()? {
            Record::Live(_) => return Ok(true),
            Record::Moved { to, until } if now <= until => {
                if !reopen(this, &bytes_zval(to.as_bytes()))? {
                    return Ok(false);
                }
            }
            Record::Moving { until, .. } if now <= until => {
                if !wait_for_move(this)? {
                    return Ok(false);
                }
            }
            _ => return take_back_stopped_move(),
        }
    }
    take_back_stopped_move()
}

/// Closes the session while a rotation moves it, so that the rotating
/// request can go on, and opens it again.
fn wait_for_move(this: *mut zend_object) -> AuraResult<bool> {
    let id = php(this, "session_id", &mut [])?;
    php(this, "session_abort", &mut [])?.discard()?;
    std::thread::sleep(ROTATION_WAIT);
    reopen(this, &id)
}

/// `Session::clear()` empties the data but keeps the times: clearing must
/// not restart the absolute timeout.
pub fn clear(this: *mut zend_object) -> AuraResult<Owned> {
    let kept = if limits().any() {
        superglobal::get_copy(&[&keys::lifetime()])?
    } else {
        None
    };
    let result = php(this, "session_unset", &mut [])?;
    if let Some(record) = kept {
        superglobal::set(&[&keys::lifetime()], record.into_zval())?;
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

/// `regenerateId()` in the opt-in modes, in an order that never leaves the
/// data under no id: the new id is issued keeping the old one, stored, and
/// only then is the old id destroyed (PHP's `session_regenerate_id(true)`
/// destroys it first, so a store failure on the new id loses the session).
/// The old id outlives the call only if the process dies in between.
pub fn regenerate_keeping_old(this: *mut zend_object) -> AuraResult<Owned> {
    let old_id = php(this, "session_id", &mut [])?;
    let regenerated = php(this, "session_regenerate_id", &mut [bool_zval(false)])?;
    if !truthy(&regenerated) {
        return Ok(regenerated);
    }
    let new_id = php(this, "session_id", &mut [])?;
    let fail =
        |message: &str| AuraError::Session(format!("{message}, so the session keeps its id"));
    if !is_new_id(&new_id, &old_id) {
        reopen(this, &old_id)?;
        return Err(fail("The save handler issued no new session id"));
    }
    let (closed, refused) =
        session_state::watching_saves(|| php(this, "session_write_close", &mut []));
    if let Err(error) = closed.and_then(Owned::discard) {
        return Err(guard::clean_up_after(error, || {
            reopen(this, &old_id).map(drop)
        }));
    }
    if refused {
        reopen(this, &old_id)?;
        return Err(fail(
            "The session store did not save the new id (session_write_close() failed)",
        ));
    }
    // The old id is opened only to be destroyed: nothing may reach the client.
    php(this, "session_id", &mut [old_id.shallow_clone()])?.discard()?;
    let opened =
        session_state::with_headers(Headers::Never, || php(this, "session_start", &mut []))?;
    let destroyed = if opened.into_truthy()?
        && session_state::id().as_deref() == old_id.str().map(str::as_bytes)
    {
        php(this, "session_destroy", &mut []).and_then(Owned::into_truthy)
    } else {
        // Gone already (or strict mode issued another id for it).
        php(this, "session_abort", &mut [])?.discard()?;
        Ok(true)
    };
    // The request goes on under the new id whatever the old one became.
    let reopen_new = || {
        php(this, "session_abort", &mut [])?.discard()?;
        php(this, "session_id", &mut [new_id.shallow_clone()])?.discard()?;
        php(this, "session_start", &mut [])
    };
    match destroyed {
        Ok(true) => reopen_new(),
        Ok(false) => {
            reopen_new()?.discard()?;
            Err(AuraError::Session(
                "The session store did not destroy the old session id (session_destroy() failed): it still opens the session"
                    .into(),
            ))
        }
        Err(error) => Err(guard::clean_up_after(error, || {
            reopen_new().and_then(Owned::discard)
        })),
    }
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
    emptied(this, || {
        php(this, "session_regenerate_id", &mut [bool_zval(true)])?.discard()?;
        write_stamps(Stamps::fresh(now))?;
        request::set_expired(Some(reason));
        Ok(())
    })
}

/// Moves the data to a new id, in an order that keeps it reachable under
/// an id the client holds whatever step fails or wherever the process dies:
/// the old id is first marked as moving with its data and times still in
/// it (requests carrying it wait, and take it back if the move stops), the
/// new id is issued by `session_regenerate_id()` and written with the data,
/// and only then does the old id give up its data for the new one's name,
/// valid for the grace window.
fn rotate(this: *mut zend_object, stamps: Stamps, limits: &Limits, now: i64) -> AuraResult<()> {
    if php(this, "headers_sent", &mut [])?.into_truthy()? {
        // The client could not learn the new id: rotate on a later request.
        return Ok(());
    }
    let Record::Live(live) = read_record()? else {
        return Ok(());
    };
    let until = now.saturating_add(limits.rotate_grace);
    let old_id = php(this, "session_id", &mut [])?;
    write_moving(live, until)?;
    // No cookie names the new id before it holds the data: a request that
    // dies in between leaves the client on the old id, which has it all.
    let regenerated = session_state::with_headers(Headers::Never, || {
        php(this, "session_regenerate_id", &mut [bool_zval(false)])
    });
    match regenerated.and_then(Owned::into_truthy) {
        Ok(true) => {}
        Ok(false) => return take_back(this, &old_id, live),
        // The store failed opening the new id: the session goes on under
        // the old one, and the failure is still reported.
        Err(error) => {
            return Err(guard::clean_up_after(error, || {
                take_back(this, &old_id, live)
            }));
        }
    }
    let new_id = php(this, "session_id", &mut [])?;
    if !is_new_id(&new_id, &old_id) {
        // The handler issued no usable id (a user create_sid() that failed).
        return take_back(this, &old_id, live);
    }
    write_stamps(stamps)?;
    let (closed, refused) =
        session_state::watching_saves(|| php(this, "session_write_close", &mut []));
    if let Err(error) = closed.and_then(Owned::discard) {
        return Err(guard::clean_up_after(error, || {
            take_back(this, &old_id, live)
        }));
    }
    if refused {
        // The new id holds nothing: the session stays where it was.
        return take_back(this, &old_id, live);
    }
    if !reopen(this, &old_id)? {
        reopen(this, &new_id)?;
        return Ok(());
    }
    if !matches!(read_record()?, Record::Moving { .. }) {
        // A request took the old id back while this one was slow to name
        // the new id: the old id is the live session, the copy is stale.
        return Ok(());
    }
    write_moved(this, &new_id, until)?;
    php(this, "session_write_close", &mut [])?.discard()?;
    if reopen(this, &new_id)? {
        session::rotate_csrf_tokens(this)?;
    }
    Ok(())
}

/// Whether `session_regenerate_id()` left a usable new id: a user
/// `create_sid()` that failed leaves none, or the old one.
fn is_new_id(new_id: &Zval, old_id: &Zval) -> bool {
    new_id.str().is_some_and(|id| !id.is_empty()) && new_id.str() != old_id.str()
}

/// A rotation that could not store the new id: the session goes on under
/// the old one with the times it had.
fn take_back(this: *mut zend_object, old_id: &Zval, live: Stamps) -> AuraResult<()> {
    let on_old_id = session_state::is_active() == Some(true)
        && session_state::id().as_deref() == old_id.str().map(str::as_bytes);
    if on_old_id || reopen(this, old_id)? {
        write_stamps(live)?;
    }
    Ok(())
}

/// Closes the session without writing it and opens the session `id`.
/// False when the store no longer holds `id` (strict mode then issued
/// another) or it holds nothing: it was ended, or retired by an explicit
/// `regenerateId()`.
fn reopen(this: *mut zend_object, id: &Zval) -> AuraResult<bool> {
    php(this, "session_abort", &mut [])?.discard()?;
    php(this, "session_id", &mut [id.shallow_clone()])?.discard()?;
    if !php(this, "session_start", &mut [])?.into_truthy()? {
        return Ok(false);
    }
    let same_id = php(this, "session_id", &mut [])?.str() == id.str();
    Ok(same_id && read_record()? != Record::Missing)
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
    Some(ini::with_value_of(&name, |value| {
        String::from_utf8_lossy(value).into_owned()
    }))
}

fn warnings() -> Vec<settings_check::Warning> {
    settings_check::warnings(setting_value, &config::refused_at_startup())
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
    let rows: Vec<(String, String)> = warnings().into_iter().map(|w| (w.setting, w.why)).collect();
    if rows.is_empty() {
        info::print_table((c"Security warnings", c"none"), &[]);
    } else {
        info::print_table((c"Security warning", c"Why"), &rows);
    }
}
