//! Whether a PHP session is active, read from the session module itself.

use std::ffi::c_int;

unsafe extern "C" {
    fn aura_shim_session_status() -> c_int;
    fn aura_shim_session_name(len: *mut usize) -> *const u8;
}

/// `PHP_SESSION_ACTIVE`
pub const ACTIVE: i64 = 2;

/// `Some(active?)`, or `None` when the session module cannot be read.
pub fn is_active() -> Option<bool> {
    // SAFETY: the shim only reads the session module's globals.
    let status = unsafe { aura_shim_session_status() };
    (status >= 0).then_some(i64::from(status) == ACTIVE)
}

/// The current session name (what `session_name()` returns), if readable.
pub fn name() -> Option<&'static [u8]> {
    let mut len = 0usize;
    // SAFETY: the shim returns the module's NUL-terminated name and its length.
    unsafe {
        let ptr = aura_shim_session_name(&raw mut len);
        (!ptr.is_null()).then(|| std::slice::from_raw_parts(ptr, len))
    }
}
