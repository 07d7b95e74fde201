//! Whether a PHP session is active, read from the session module itself.

use std::ffi::{c_int, c_void};

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
    // The limiter is the module's own string, whose type depends on the PHP
    // version: Rust only keeps it to hand back.
    fn aura_shim_headers_off(use_cookies: *mut c_int, cache_limiter: *mut *mut c_void) -> c_int;
    fn aura_shim_headers_restore(use_cookies: c_int, cache_limiter: *mut c_void);
}

/// Runs `f` (which starts the session again) with the session cookie and
/// the cache limiter switched off if headers are already sent: the request
/// sent both when it first started the session.
pub fn without_sent_headers<R>(f: impl FnOnce() -> R) -> R {
    let (mut use_cookies, mut cache_limiter) = (0, std::ptr::null_mut());
    // SAFETY: the shim swaps two session-module globals and saves the old
    // values; nothing frees the saved limiter string while `f` runs, since
    // session settings cannot change once headers are sent.
    let off = unsafe { aura_shim_headers_off(&raw mut use_cookies, &raw mut cache_limiter) } != 0;
    let result = f();
    if off {
        // SAFETY: puts back exactly the values saved above.
        unsafe { aura_shim_headers_restore(use_cookies, cache_limiter) };
    }
    result
}
