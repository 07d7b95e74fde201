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
