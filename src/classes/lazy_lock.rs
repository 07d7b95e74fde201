//! `aura_session.lazy_lock=1` (docs/lazy-lock.md): the session is held
//! locked only for short cycles (start, validate, apply, write), reads are
//! served from the data of the last cycle and recorded, and a write whose
//! recorded reads no longer match the store throws `ConcurrentModification`.
//! `Session` and `Segment` call in here from their start, read and write
//! paths; with the setting off every entry returns at its first check.

use std::cell::{Cell, RefCell};

use ext_php_rs::{
    ffi::{IS_DOUBLE, IS_FALSE, IS_LONG, IS_NULL, IS_STRING, IS_TRUE, IS_UNDEF, zend_object},
    types::Zval,
};

use crate::{
    classes::session,
    config,
    engine::guard::Owned,
    engine::php_call::call_function,
    engine::session_state,
    engine::superglobal,
    engine::value::{Key, KeyUse, bytes_zval, deref_value, long_zval, truthy},
    errors::{AuraError, AuraResult},
    rules::lazy_lock::{self as rules, PathKey, Reads, Scalar, Seen},
};

/// What this request's session is doing. A thread serves one request at a
/// time (ZTS included) and `request_shutdown()` clears it.
struct Request {
    /// The API started the session (a cycle ran) and `$_SESSION` holds the
    /// data of the last cycle: the session counts as started.
    open: Cell<bool>,
    /// A cycle sent the session cookie and cache headers already.
    headers_sent: Cell<bool>,
    reads: RefCell<Reads>,
}

thread_local! {
    static REQUEST: Request = const {
        Request {
            open: Cell::new(false),
            headers_sent: Cell::new(false),
            reads: RefCell::new(Reads::new()),
        }
    };
}

fn with_request<R>(f: impl FnOnce(&Request) -> R) -> R {
    REQUEST.with(f)
}

pub fn enabled() -> bool {
    config::LAZY_LOCK.with_value(rules::ini_enabled)
}

/// Whether the session counts as started although PHP's is closed.
pub fn is_open() -> bool {
    with_request(|r| r.open.get()) && enabled()
}

/// Forgets the request's state (request shutdown).
pub fn request_shutdown() {
    with_request(|r| {
        r.open.set(false);
        r.headers_sent.set(false);
        if let Ok(mut reads) = r.reads.try_borrow_mut() {
            reads.clear();
        }
    });
}

/// What a write needs before its cycle can run.
#[derive(Clone, Copy)]
pub enum Needs {
    /// It starts a session when there is none (`set()`, `destroy()`).
    Start,
    /// It acts only on a session that can be resumed (`clear()`).
    Resume,
}

/// Runs `op`, a write, inside its own cycle when the setting is on and no
/// session is active (with one active, `op` runs in it, as without the
/// setting: nested writes, or code that called `session_start()` itself).
pub fn write<R>(
    session: *mut zend_object,
    needs: Needs,
    op: impl FnOnce() -> AuraResult<R>,
) -> AuraResult<R> {
    if session_state::is_active() != Some(false) || !enabled() {
        return op();
    }
    if matches!(needs, Needs::Resume) && !session::started_or_resumed(session)? {
        return op();
    }
    if !begin(session)?.into_truthy()? {
        return Err(AuraError::Session(
            "Cannot lock the session for this write (session_start() failed), so nothing was written"
                .into(),
        ));
    }
    if let Some(path) = first_changed()? {
        abort(session)?;
        with_request(|r| {
            if let Ok(mut reads) = r.reads.try_borrow_mut() {
                reads.clear();
            }
        });
        return Err(AuraError::ConcurrentModification(format!(
            "$_SESSION{path} changed in the session store since this request read it, so nothing was written"
        )));
    }
    let result = op();
    end(session, result.is_ok())?;
    if result.is_ok() {
        refresh_reads()?;
    }
    result
}

/// `Session::start()` with the setting on and no session active: a cycle
/// that only does what follows a start (lifetime checks, the flash move).
pub fn start(session: *mut zend_object) -> AuraResult<Owned> {
    let started = begin(session)?;
    if !truthy(&started) {
        return Ok(started);
    }
    let moved = session::after_start(session);
    end(session, moved.is_ok())?;
    moved.map(|()| started)
}

/// `Session::commit()`: writes are committed already; true when the
/// session was open, which it no longer is.
pub fn commit() -> bool {
    with_request(|r| r.open.get()) && session_state::is_active() == Some(false) && {
        with_request(|r| r.open.set(false));
        true
    }
}

/// Records what a read through the API saw at `path` (`value` is `None`
/// when nothing is set there), while the session is open.
pub fn record(path: &[&Key], value: Option<&Zval>) -> AuraResult<()> {
    // Most reads repeat one already recorded, with the same result: that is
    // checked in place, so that such a read allocates nothing.
    let known = with_request(|r| {
        !r.open.get()
            || r.reads.try_borrow().is_ok_and(|reads| {
                reads
                    .seen_at(|known| same_path(known, path))
                    .is_some_and(|seen| {
                        value
                            .map_or(Some(Scalar::Absent), scalar)
                            .is_some_and(|now| seen.is(&now))
                    })
            })
    });
    if known {
        return Ok(());
    }
    let seen = fingerprint(value)?;
    let keys = path.iter().map(|key| path_key(key)).collect();
    with_request(|r| {
        if let Ok(mut reads) = r.reads.try_borrow_mut() {
            reads.record(keys, seen);
        }
    });
    Ok(())
}

// ---- the cycle ----

/// `session_start()`: locks and reads the stored data into `$_SESSION`.
fn begin(session: *mut zend_object) -> AuraResult<Owned> {
    let start = || session::call_php(session, "session_start", &mut []);
    let started = if with_request(|r| r.headers_sent.get()) {
        session_state::without_sent_headers(start)?
    } else {
        start()?
    };
    if truthy(&started) {
        with_request(|r| r.headers_sent.set(true));
    }
    Ok(started)
}

/// Writes and unlocks (`ok`) or unlocks without writing. A session the
/// write ended itself (`destroy()`) is no longer open.
fn end(session: *mut zend_object, ok: bool) -> AuraResult<()> {
    let active = session_state::is_active() == Some(true);
    if active {
        let function = if ok {
            "session_write_close"
        } else {
            "session_abort"
        };
        session::call_php(session, function, &mut [])?.discard()?;
    }
    with_request(|r| r.open.set(active || (!ok && r.open.get())));
    Ok(())
}

fn abort(session: *mut zend_object) -> AuraResult<()> {
    end(session, false)
}

// ---- recorded reads ----

fn recorded_paths() -> Vec<Vec<PathKey>> {
    with_request(|r| {
        r.reads
            .try_borrow()
            .map(|reads| reads.paths().map(<[PathKey]>::to_vec).collect())
            .unwrap_or_default()
    })
}

/// What `$_SESSION` holds now at each recorded path.
fn seen_now() -> AuraResult<Vec<Seen>> {
    recorded_paths().iter().map(|path| seen_at(path)).collect()
}

fn first_changed() -> AuraResult<Option<String>> {
    let now = seen_now()?;
    Ok(with_request(|r| {
        r.reads
            .try_borrow()
            .ok()
            .and_then(|reads| reads.first_changed(&now).map(rules::describe))
    }))
}

fn refresh_reads() -> AuraResult<()> {
    let now = seen_now()?;
    with_request(|r| {
        if let Ok(mut reads) = r.reads.try_borrow_mut() {
            reads.refresh(now);
        }
    });
    Ok(())
}

fn seen_at(path: &[PathKey]) -> AuraResult<Seen> {
    let keys = path
        .iter()
        .map(|key| match key {
            PathKey::Int(i) => Key::from_zval(&long_zval(*i), KeyUse::Read),
            PathKey::Str(s) => Key::from_zval(&bytes_zval(s), KeyUse::Read),
        })
        .collect::<AuraResult<Vec<_>>>()?;
    let refs: Vec<&Key> = keys.iter().collect();
    match superglobal::get_copy(&refs) {
        Ok(value) => fingerprint(value.as_deref()),
        Err(AuraError::Session(_)) => Ok(Seen::Unreadable),
        Err(error) => Err(error),
    }
}

fn same_path(known: &[PathKey], path: &[&Key]) -> bool {
    // Last key first: paths of one segment share their first key.
    known.len() == path.len()
        && known
            .iter()
            .zip(path)
            .rev()
            .all(|(known, key)| match (known, key) {
                (PathKey::Int(a), Key::Int(b)) => a == b,
                (PathKey::Str(a), Key::Str(_)) => key.bytes() == Some(a.as_slice()),
                _ => false,
            })
}

fn path_key(key: &Key) -> PathKey {
    match key {
        Key::Int(i) => PathKey::Int(*i),
        Key::Str(_) => PathKey::Str(key.bytes().unwrap_or_default().to_vec()),
    }
}

/// Scalars as they are; arrays and objects as `serialize()` writes them,
/// taken now, since an object read may be changed in place later.
fn fingerprint(value: Option<&Zval>) -> AuraResult<Seen> {
    let Some(value) = value else {
        return Ok(Seen::Absent);
    };
    if let Some(now) = scalar(value) {
        return Ok(now.into());
    }
    let serialized = call_function("serialize", &mut [deref_value(value).shallow_clone()])?;
    Ok(Seen::Serialized(
        serialized
            .zend_str()
            .map(|s| s.as_bytes().to_vec())
            .unwrap_or_default(),
    ))
}

/// A value read, seen in place when it is null, a scalar or a string;
/// `None` for arrays and objects.
fn scalar(value: &Zval) -> Option<Scalar<'_>> {
    let value = deref_value(value);
    // By the type tag: every read of a recorded path asks this.
    // SAFETY: reading the type tag and the payload it describes.
    unsafe {
        Some(match u32::from(value.u1.v.type_) {
            IS_UNDEF | IS_NULL => Scalar::Absent,
            IS_FALSE => Scalar::Bool(false),
            IS_TRUE => Scalar::Bool(true),
            IS_LONG => Scalar::Long(value.value.lval),
            IS_DOUBLE => Scalar::Double(value.value.dval.to_bits()),
            IS_STRING => Scalar::Str((*value.value.str_).as_bytes()),
            _ => return None,
        })
    }
}
