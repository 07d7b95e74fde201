//! Whether a PHP session is active, read from the session module itself.

use std::ffi::c_int;

unsafe extern "C" {
    fn aura_shim_session_status() -> c_int;
    fn aura_shim_session_name(len: *mut usize) -> *const u8;
    fn aura_shim_session_vars() -> *mut ext_php_rs::ffi::zval;
}

/// `PHP_SESSION_ACTIVE`
pub const ACTIVE: i64 = 2;

/// `Some(active?)`, or `None` when the session module cannot be read.
pub fn is_active() -> Option<bool> {
    // SAFETY: the shim only reads the session module's globals.
    let status = unsafe { aura_shim_session_status() };
    (status >= 0).then_some(i64::from(status) == ACTIVE)
}

/// Runs `f` on the current session name (what `session_name()` returns), if
/// readable. The name is the module's own string, which any call into PHP
/// may replace: it is only lent to `f`, which must not call PHP.
pub fn with_name<R>(f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    let mut len = 0usize;
    // SAFETY: the shim returns the module's NUL-terminated name and its
    // length; nothing changes it while `f` runs.
    unsafe {
        let ptr = aura_shim_session_name(&raw mut len);
        (!ptr.is_null()).then(|| f(std::slice::from_raw_parts(ptr, len)))
    }
}

/// The session module's `$_SESSION` variable while a session is active: the
/// reference `session_start()` links the global to, and what it saves.
pub fn active_vars() -> Option<*mut ext_php_rs::ffi::zval> {
    if is_active() != Some(true) {
        return None;
    }
    // SAFETY: the shim returns the address of the module's global zval.
    let vars = unsafe { aura_shim_session_vars() };
    // SAFETY: a non-null pointer is the live module variable.
    (!vars.is_null() && u32::from(unsafe { (*vars).u1.v.type_ }) == ext_php_rs::ffi::IS_REFERENCE)
        .then_some(vars)
}

unsafe extern "C" {
    fn aura_shim_headers_off(always: c_int, use_cookies: *mut c_int) -> c_int;
    fn aura_shim_headers_restore(use_cookies: c_int);
    fn aura_shim_session_id(len: *mut usize) -> *const u8;
    fn aura_shim_session_abort();
    fn aura_shim_watch_saves();
    fn aura_shim_unwatch_saves() -> c_int;
}

/// Runs `f` (which closes the session) and tells whether the save handler
/// refused the write or the timestamp update it made: PHP only warns, and
/// `session_write_close()` still answers true.
pub fn watching_saves<R>(f: impl FnOnce() -> R) -> (R, bool) {
    // SAFETY: the shim swaps the module's handler table for a copy that
    // records refusals, for this thread, and puts it back below.
    unsafe { aura_shim_watch_saves() };
    let result = f();
    // SAFETY: pairs with the call above.
    let refused = unsafe { aura_shim_unwatch_saves() } != 0;
    (result, refused)
}

/// When a cycle starts the session again, what the client must be sent.
#[derive(Clone, Copy, PartialEq)]
pub enum Headers {
    /// As PHP's `session_start()` sends them.
    AsPhp,
    /// The cookie and cache headers again, unless headers went out already.
    IfUnsent,
    /// Nothing: the client holds the id, and a new id the start may issue
    /// (strict mode, for an id the store no longer has) must not reach it.
    Never,
}

/// Runs `f` (which starts the session again) with the session cookie and
/// the cache limiter switched off as `headers` says.
pub fn with_headers<R>(headers: Headers, f: impl FnOnce() -> R) -> R {
    if headers == Headers::AsPhp {
        return f();
    }
    let mut use_cookies = 0;
    let always = c_int::from(headers == Headers::Never);
    // SAFETY: the shim swaps two session-module globals and saves the
    // cookie flag; the limiter is restored from its ini entry.
    let off = unsafe { aura_shim_headers_off(always, &raw mut use_cookies) } != 0;
    let result = f();
    if off {
        // SAFETY: puts back the flag saved above.
        unsafe { aura_shim_headers_restore(use_cookies) };
    }
    result
}

/// The current session id (what `session_id()` returns), copied.
pub fn id() -> Option<Vec<u8>> {
    let mut len = 0usize;
    // SAFETY: the shim returns the module's id string and its length, read
    // here before any PHP code can replace it.
    unsafe {
        let ptr = aura_shim_session_id(&raw mut len);
        (!ptr.is_null()).then(|| std::slice::from_raw_parts(ptr, len).to_vec())
    }
}

/// Closes the active session without writing it, when no PHP function may
/// be called any more (a fatal error stopped the request).
pub fn abort_after_fatal_error() {
    // SAFETY: the shim does what `session_abort()` does, inside `zend_try`.
    unsafe { aura_shim_session_abort() }
}
