//! PHP warnings raised on behalf of the library's own PHP code, where the
//! engine would raise them while running it.

use std::ffi::{CString, c_char, c_int};

use crate::{
    engine::guard::{exception_pending, guarded},
    errors::{AuraError, AuraResult},
};

const E_WARNING: c_int = 2;
const E_DEPRECATED: c_int = 8192;

unsafe extern "C" {
    fn zend_error(kind: c_int, format: *const c_char, ...);
}

/// Raises `E_WARNING` with `message`. The error handler it runs may throw
/// (`Thrown`) or change `$_SESSION`: callers hold no pointer into it.
pub fn warning(message: &str) -> AuraResult<()> {
    raise(E_WARNING, message)
}

/// Raises `E_DEPRECATED` with `message`, as `warning()` does.
pub fn deprecation(message: &str) -> AuraResult<()> {
    raise(E_DEPRECATED, message)
}

fn raise(kind: c_int, message: &str) -> AuraResult<()> {
    let message = CString::new(message.replace('\0', "\\0"))
        .map_err(|_| AuraError::Error("aura_session: bad warning text".into()))?;
    // SAFETY: "%s" with one NUL-terminated string, which outlives the call.
    guarded(|| unsafe { zend_error(kind, c"%s".as_ptr(), message.as_ptr()) })?;
    if exception_pending() {
        return Err(AuraError::Thrown);
    }
    Ok(())
}
