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
    classes::lifetime,
    classes::session,
    config,
    engine::guard::{self, Owned},
    engine::object::object_zval,
    engine::php_call::call_function,
    engine::session_state::{self, Headers},
    engine::start_failure,
    engine::superglobal,
    engine::value::{Key, KeyUse, bool_zval, bytes_zval, deref_value, long_zval},
    errors::{AuraError, AuraResult},
    rules::lazy_lock::{self as rules, PathKey, Reads, Scalar, Seen},
    store,
};

/// What this request's session is doing. A thread serves one request at a
/// time (ZTS included) and `request_shutdown()` clears it.
struct Request {
    /// The API started the session (a cycle ran) and `$_SESSION` holds the
    /// data of the last cycle: the session counts as started.
    open: Cell<bool>,
    /// A cycle sent the session cookie and cache headers already.
    headers_sent: Cell<bool>,
    /// A cycle is between its start and its end.
    in_cycle: Cell<bool>,
    reads: RefCell<Reads>,
}

impl Request {
    fn has_reads(&self) -> bool {
        self.reads.try_borrow().is_ok_and(|reads| !reads.is_empty())
    }
}

thread_local! {
    static REQUEST: Request = const {
        Request {
            open: Cell::new(false),
            headers_sent: Cell::new(false),
            in_cycle: Cell::new(false),
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

/// Whether a write must go through `write()` to have this request's
/// recorded reads validated (none are recorded with the setting off).
#[inline(always)]
pub fn has_reads_to_validate() -> bool {
    with_request(|r| !r.in_cycle.get() && r.has_reads())
}

/// Forgets the request's state (request shutdown).
pub fn request_shutdown() {
    with_request(|r| {
        r.open.set(false);
        r.headers_sent.set(false);
        r.in_cycle.set(false);
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
/// session is active. With one active, `op` runs in it, as without the
/// setting (nested writes, or code that called `session_start()` itself);
/// in a session the application opened, the reads this request recorded
/// are validated first, since that session's data may be newer than them.
pub fn write<R>(
    session: *mut zend_object,
    needs: Needs,
    op: impl FnOnce() -> AuraResult<R>,
) -> AuraResult<R> {
    if !enabled() {
        return op();
    }
    // PHP code runs below (the handler, `Phpfunc` overrides, destructors)
    // and may drop every other reference to the session.
    let _kept = keep_alive(session);
    match session_state::is_active() {
        Some(false) => {}
        Some(true) if !with_request(|r| r.in_cycle.get()) => {
            validate()?;
            let result = op()?;
            refresh_reads()?;
            return Ok(result);
        }
        _ => return op(),
    }
    if matches!(needs, Needs::Resume) && !session::started_or_resumed(session)? {
        return op();
    }
    if session_state::is_active() != Some(false) {
        return op();
    }
    // A session this request already used (it read through the API, or a
    // cycle ran): the client holds its id, and a start that finds the id
    // gone must not hand it another one.
    let used = with_request(|r| r.open.get() || r.has_reads());
    let known = used.then(session_state::id).flatten();
    session_state::watching_saves(|| write_cycle(session, known, op)).0
}

fn write_cycle<R>(
    session: *mut zend_object,
    known: Option<Vec<u8>>,
    op: impl FnOnce() -> AuraResult<R>,
) -> AuraResult<R> {
    let headers = if known.is_some() {
        Headers::Never
    } else {
        Headers::IfUnsent
    };
    let before = start_failure::mark();
    if !begin(session, headers)? {
        return Err(AuraError::Session(format!(
            "Cannot lock the session for this write ({}), so nothing was written",
            start_failure::describe(&before)
        )));
    }
    let result = in_cycle(|| {
        match &known {
            Some(id) => follow(session, id)?,
            // A session started afresh may still be one a rotation moved
            // (after `destroy()` the cookie's id is opened again).
            None => lifetime::settle_moved(session)?,
        }
        // Following a move can end without a session open (a store that
        // refused a step): the write would land in a `$_SESSION` no one
        // saves, and open another cycle of its own.
        still_open()?;
        validate()?;
        op()
    });
    match result {
        Ok(value) => {
            commit_cycle(session)?;
            refresh_reads()?;
            Ok(value)
        }
        Err(error) => Err(fail(session, error)),
    }
}

/// Fails the cycle when its session is no longer open: nothing it writes
/// from then on would reach the store.
fn still_open() -> AuraResult<()> {
    if session_state::is_active() == Some(true) {
        return Ok(());
    }
    Err(AuraError::Session(
        "The session could not be reopened for this write (the store refused a step of following it to its new id), so nothing was written"
            .into(),
    ))
}

/// `Session::start()` with the setting on and no session active: a cycle
/// that only does what follows a start (lifetime checks, the flash move).
pub fn start(session: *mut zend_object) -> AuraResult<Owned> {
    let _kept = keep_alive(session);
    let moved = session::flash_moved(session);
    let mut unlocked_tries = UNLOCKED_STARTS;
    loop {
        store::redis::take_unlocked_conflict();
        let unlocked = unlocked_tries > 0;
        let result = session_state::watching_saves(|| start_cycle(session, unlocked)).0;
        // An unlocked store refused the cycle's commit because another
        // request wrote first (moving the same flashes, say): nothing of
        // it was written, so it runs again on the fresh data; the last try
        // takes the lock, which no other commit can pass.
        let again = unlocked
            && matches!(result, Err(AuraError::Thrown))
            && store::redis::take_unlocked_conflict()
            && session_state::is_active() == Some(false);
        if !again {
            return result;
        }
        unlocked_tries -= 1;
        guard::discard_exception()?;
        session::set_flash_moved(session, moved)?;
    }
}

/// How often a start cycle reads without the lock before it takes it.
const UNLOCKED_STARTS: u32 = 3;

fn start_cycle(session: *mut zend_object, unlocked: bool) -> AuraResult<Owned> {
    // Only what follows a start is written here (a flash move, a lifetime
    // step): a store that can commit by version may read without its lock.
    let begin = || begin(session, Headers::IfUnsent);
    let started = if unlocked {
        store::redis::reading_unlocked(begin)
    } else {
        begin()
    };
    if !started? {
        return Ok(bool_zval(false).into());
    }
    match in_cycle(|| session::after_start(session)) {
        Ok(()) => {
            commit_cycle(session)?;
            Ok(bool_zval(true).into())
        }
        Err(error) => Err(fail(session, error)),
    }
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

/// A counted reference to the session for the length of a cycle.
fn keep_alive(session: *mut zend_object) -> Owned {
    Owned::new(object_zval(session))
}

/// `session_start()`: locks and reads the stored data into `$_SESSION`.
/// False when it did not start.
fn begin(session: *mut zend_object, headers: Headers) -> AuraResult<bool> {
    let start = || session::call_php(session, "session_start", &mut []);
    // Before any cycle of this request sent them, the headers go out as
    // PHP sends them (and a start after output fails, as PHP's does).
    let headers = match headers {
        Headers::IfUnsent if !with_request(|r| r.headers_sent.get()) => Headers::AsPhp,
        headers => headers,
    };
    let started = session_state::with_headers(headers, start)?;
    if session_state::is_active() == Some(true) {
        with_request(|r| r.headers_sent.set(true));
    }
    // The result is freed before it is tested, as PHP frees it; what that
    // runs can fail with the session open, which must then be closed.
    match started.into_truthy() {
        // A user handler whose create_sid() failed leaves PHP on an empty
        // id, which no client can send back: nothing written there is kept.
        Ok(true) if session_state::id().is_some_and(|id| id.is_empty()) => Err(fail(
            session,
            AuraError::Session(
                "The save handler issued no session id (create_sid() failed), so nothing was written"
                    .into(),
            ),
        )),
        Ok(started) => Ok(started),
        Err(error) => Err(fail(session, error)),
    }
}

/// Marks the work between `begin()` and the cycle's end, so that a write
/// nested in it runs in the same cycle.
fn in_cycle<R>(work: impl FnOnce() -> AuraResult<R>) -> AuraResult<R> {
    let outer = with_request(|r| r.in_cycle.replace(true));
    let result = work();
    with_request(|r| r.in_cycle.set(outer));
    result
}

/// Ends the cycle by writing (and unlocking). A write the handler refused
/// did not land: that is an error, never a success. A session the write
/// ended itself (`destroy()`) is no longer open.
fn commit_cycle(session: *mut zend_object) -> AuraResult<()> {
    if session_state::is_active() != Some(true) {
        with_request(|r| r.open.set(false));
        return Ok(());
    }
    let (written, refused) = session_state::watching_saves(|| {
        session::call_php(session, "session_write_close", &mut [])
    });
    let active = session_state::is_active() == Some(true);
    with_request(|r| r.open.set(true));
    let written = match written.and_then(Owned::into_truthy) {
        Ok(written) => written,
        Err(error) => return Err(fail(session, error)),
    };
    if active {
        // A `Phpfunc` override that did not close: the cycle is not over.
        return Err(fail(
            session,
            AuraError::Session("session_write_close() left the session open, so the write is not known to be saved".into()),
        ));
    }
    if !written || refused {
        return Err(AuraError::Session(
            "The session store did not save this write (session_write_close() failed), so it was not written"
                .into(),
        ));
    }
    Ok(())
}

/// Ends a failed cycle: nothing of it is written and the lock is released,
/// whatever raised the error. Returns the error to report.
fn fail(session: *mut zend_object, error: AuraError) -> AuraError {
    if session_state::is_active() != Some(true) {
        return error;
    }
    if matches!(error, AuraError::Bailout) {
        // No PHP function may run now; the session must still not be
        // written at the end of the request with half the cycle's work.
        session_state::abort_after_fatal_error();
        return error;
    }
    let error = guard::clean_up_after(error, || {
        session::call_php(session, "session_abort", &mut []).and_then(Owned::discard)
    });
    if session_state::is_active() == Some(true) {
        // An override that did not abort, or an abort that failed.
        session_state::abort_after_fatal_error();
    }
    error
}

/// Throws `ConcurrentModification` when a recorded read no longer matches
/// `$_SESSION`; the recorded reads are then forgotten.
fn validate() -> AuraResult<()> {
    let Some(path) = first_changed()? else {
        return Ok(());
    };
    with_request(|r| {
        if let Ok(mut reads) = r.reads.try_borrow_mut() {
            reads.clear();
        }
    });
    Err(AuraError::ConcurrentModification(format!(
        "$_SESSION{path} changed in the session store since this request read it, so nothing was written"
    )))
}

/// Makes the cycle's session the live one that this request read as `id`:
/// follows a rotation made since, and refuses an id that was ended.
fn follow(session: *mut zend_object, id: &[u8]) -> AuraResult<()> {
    let live = if session_state::id().as_deref() == Some(id) {
        lifetime::follow_moves(session)?
    } else {
        // The store no longer had the id: strict mode issued a new one,
        // which no client knows and nothing may be written to.
        session::call_php(session, "session_destroy", &mut [])?.discard()?;
        false
    };
    if live {
        return Ok(());
    }
    if session_state::is_active() != Some(true) {
        session::call_php(session, "session_id", &mut [bytes_zval(id)])?.discard()?;
    }
    Err(AuraError::SessionRetired(
        "The session was ended by another request (regenerateId(), destroy() or an expired rotation) since this request read it, so nothing was written"
            .into(),
    ))
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
