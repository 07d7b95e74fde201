//! The Rust side of `session.save_handler=aura_redis`: the session module
//! calls the handler table in `save_handler.c`, which hands each step here
//! as plain bytes; `store::redis` does the work.
//!
//! A step that fails raises an exception in the PHP call that caused it
//! (`session_start()`, `session_write_close()`, `Segment::set()` with
//! `aura_session.lazy_lock`...), so a write that did not land is never a
//! success. The session module's own write at request end runs in a
//! shutdown function (`register_flush`), where an exception is still an
//! uncaught exception; only with no PHP frame at all (a session that
//! `session.auto_start` opened and nothing reopened) does a failure warn.

use std::{
    ffi::{c_char, c_int},
    panic::{AssertUnwindSafe, catch_unwind},
    time::Duration,
};

use ext_php_rs::{
    ffi::{ext_php_rs_executor_globals, zend_long, zend_string},
    types::ZendStr,
};

use crate::{
    config,
    engine::{guard, ini, php_call, request, session_state},
    errors::AuraError,
    rules::{
        redis_store::{Commit, parse_save_path, storable_id},
        settings::{parse_millis, parse_switch},
    },
    store::redis::{self as store, Config, StoreError},
};

const OK: c_int = 0;
const FAILED: c_int = -1;

unsafe extern "C" {
    fn aura_shim_register_redis_handler() -> c_int;
}

/// Registers the handler with the session module (module startup).
pub fn register() -> bool {
    // SAFETY: module startup, after the session module's (a dependency).
    unsafe { aura_shim_register_redis_handler() == OK }
}

/// The settings the store reads, as they are now.
fn settings(save_path: &[u8]) -> Result<Config, StoreError> {
    let nodes = parse_save_path(save_path)
        .map_err(|why| StoreError::Unavailable(format!("session.save_path {why}")))?;
    let millis = |setting: &config::Setting| setting.with_value(parse_millis).unwrap_or(0);
    let limit = |ms: u64| (ms > 0).then(|| Duration::from_millis(ms));
    Ok(Config {
        nodes,
        cluster: config::REDIS_CLUSTER.with_value(parse_switch).unwrap_or(false),
        prefix: config::REDIS_PREFIX.with_value(<[u8]>::to_vec),
        connect_timeout: limit(millis(&config::REDIS_CONNECT_TIMEOUT)),
        timeout: limit(millis(&config::REDIS_TIMEOUT)),
        lock_ttl: Duration::from_millis(millis(&config::REDIS_LOCK_TTL).max(1)),
        lock_wait: Duration::from_millis(millis(&config::REDIS_LOCK_WAIT)),
    })
}

/// `session.gc_maxlifetime`, for the lifetime of a tombstone.
fn gc_maxlifetime() -> i64 {
    ini::with_value_of(c"session.gc_maxlifetime", |value| {
        std::str::from_utf8(value).ok().and_then(|v| v.trim().parse().ok())
    })
    .unwrap_or(1440)
}

/// The error as the PHP exception a caller can catch.
fn exception(error: StoreError) -> AuraError {
    let message = capitalized(&error.to_string());
    match error {
        StoreError::Refused(Commit::Destroyed) => AuraError::SessionRetired(message),
        StoreError::Refused(_) => AuraError::ConcurrentModification(message),
        _ => AuraError::Session(message),
    }
}

fn capitalized(message: &str) -> String {
    let mut chars = message.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Raises a failed step: an exception when PHP code is running, else a
/// warning. Answers whether a fatal error (from an error handler the
/// warning ran) must be re-raised once our frames are gone.
fn raise(error: StoreError) -> bool {
    let in_php = in_php();
    if in_php && !guard::exception_pending() {
        exception(error).throw();
        return false;
    }
    if in_php {
        return false;
    }
    let message = format!("aura_redis: {error}");
    matches!(guard::guarded(|| ini::warn(&message)), Err(AuraError::Bailout))
}

/// Runs a step: its failure (or a panic, which must not cross into C) is
/// raised, and the answer is `failed` then.
fn step<T>(failed: T, work: impl FnOnce() -> Result<T, StoreError>) -> T {
    let outcome = catch_unwind(AssertUnwindSafe(work)).unwrap_or_else(|_| {
        Err(StoreError::Unavailable("internal error in aura_session".into()))
    });
    match outcome {
        Ok(value) => value,
        Err(error) => {
            if raise(error) {
                reraise_fatal_error();
            }
            failed
        }
    }
}

/// The bytes the session module passes.
///
/// # Safety
/// `ptr` points at `len` readable bytes for the length of the call.
unsafe fn bytes<'a>(ptr: *const c_char, len: usize) -> &'a [u8] {
    if ptr.is_null() {
        return &[];
    }
    // SAFETY: as the caller promises.
    unsafe { std::slice::from_raw_parts(ptr.cast::<u8>(), len) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn aura_store_open(path: *const c_char, len: usize) -> c_int {
    // SAFETY: the save path, live for the call.
    let path = unsafe { bytes(path, len) };
    let opened = step(FAILED, || {
        let config = settings(path)?;
        // Refused here, before the session module empties $_SESSION to read
        // it; strict mode replaces such an id instead (`validate_sid`).
        let unstorable = session_state::id().is_some_and(|id| !id.is_empty() && !storable_id(&id));
        if unstorable && !ini::with_value_of(c"session.use_strict_mode", parse_switch).unwrap_or(false) {
            return Err(StoreError::BadId);
        }
        store::open(config);
        Ok(OK)
    });
    // Only after a clean open: a failed one may have left an exception in
    // flight, and no PHP function may be called then.
    if opened == OK { register_flush() } else { opened }
}

/// Moves the session module's end-of-request write into a shutdown
/// function, as `SessionHandler` objects do, so that a write refused there
/// is an uncaught exception (a fatal error, HTTP 500 while the headers are
/// unsent) rather than a warning after the response.
fn register_flush() -> c_int {
    if !in_php() || !request::first_flush_registration() {
        return OK;
    }
    match php_call::call_function("session_register_shutdown", &mut []) {
        Ok(result) => {
            drop(result);
            OK
        }
        Err(AuraError::Bailout) => reraise_fatal_error(),
        Err(_) => FAILED,
    }
}

/// Continues a fatal error caught below a step, once the step holds
/// nothing left to drop: the engine unwinds to its own handler.
fn reraise_fatal_error() -> ! {
    guard::take_bailout();
    // SAFETY: called only where no Rust value of the step is left.
    unsafe { ext_php_rs::zend::bailout() }
}

fn in_php() -> bool {
    // SAFETY: the executor globals exist for the whole request.
    unsafe { !(*ext_php_rs_executor_globals()).current_execute_data.is_null() }
}

#[unsafe(no_mangle)]
pub extern "C" fn aura_store_close() -> c_int {
    step(FAILED, || store::close().map(|()| OK))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn aura_store_read(
    id: *const c_char,
    len: usize,
    maxlifetime: zend_long,
) -> *mut zend_string {
    // SAFETY: the session id, live for the call.
    let id = unsafe { bytes(id, len) };
    step(std::ptr::null_mut(), || {
        let data = store::read(id, maxlifetime)?;
        Ok(ZendStr::new(&data, false).into_raw())
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn aura_store_write(
    id: *const c_char,
    len: usize,
    value: *const c_char,
    value_len: usize,
    maxlifetime: zend_long,
) -> c_int {
    // SAFETY: the id and the data, live for the call.
    let (id, value) = unsafe { (bytes(id, len), bytes(value, value_len)) };
    step(FAILED, || store::write(id, value, maxlifetime).map(|()| OK))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn aura_store_touch(id: *const c_char, len: usize, maxlifetime: zend_long) -> c_int {
    // SAFETY: the session id, live for the call.
    let id = unsafe { bytes(id, len) };
    step(FAILED, || store::touch(id, maxlifetime).map(|()| OK))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn aura_store_destroy(id: *const c_char, len: usize) -> c_int {
    // SAFETY: the session id, live for the call.
    let id = unsafe { bytes(id, len) };
    step(FAILED, || store::destroy(id, gc_maxlifetime()).map(|()| OK))
}

/// 0 when `id` names a live session, -1 otherwise (strict mode then
/// issues a new id).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aura_store_validate(id: *const c_char, len: usize) -> c_int {
    // SAFETY: the session id, live for the call.
    let id = unsafe { bytes(id, len) };
    step(FAILED, || Ok(if store::is_live(id)? { OK } else { FAILED }))
}

/// 1 when a new id is in use already, 0 when free, -1 when unknown.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aura_store_taken(id: *const c_char, len: usize) -> c_int {
    // SAFETY: the new id, live for the call.
    let id = unsafe { bytes(id, len) };
    step(FAILED, || store::is_taken(id).map(c_int::from))
}
