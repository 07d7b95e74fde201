//! Why `session_start()` failed, as far as the engine tells: PHP's session
//! module only answers false and raises a warning, which an application
//! that silences or logs warnings never shows next to our exception.

use std::ffi::{CStr, c_char, c_int, c_void};

unsafe extern "C" {
    fn aura_shim_output_start(line: *mut c_int) -> *const c_char;
    fn aura_shim_last_error(len: *mut usize, serial: *mut *const c_void) -> *const u8;
}

/// What stood before a start: where output started, if headers were sent
/// already (the start is then refused), and the last error PHP had raised
/// (an older error says nothing about the start).
pub struct Mark {
    output_start: Option<String>,
    error: Option<(usize, Vec<u8>)>,
}

fn last_error() -> Option<(usize, Vec<u8>)> {
    let (mut len, mut serial) = (0usize, std::ptr::null());
    // SAFETY: the shim reads the engine's last error; the bytes are copied
    // before anything can replace it.
    unsafe {
        let text = aura_shim_last_error(&raw mut len, &raw mut serial);
        (!text.is_null()).then(|| {
            (
                serial as usize,
                std::slice::from_raw_parts(text, len).to_vec(),
            )
        })
    }
}

fn output_start() -> Option<String> {
    let mut line: c_int = 0;
    // SAFETY: the shim returns the engine's file name string, alive for the
    // request, or null; it is copied at once.
    unsafe {
        let file = aura_shim_output_start(&raw mut line);
        (!file.is_null()).then(|| format!("{}:{line}", CStr::from_ptr(file).to_string_lossy()))
    }
}

/// Taken right before a call to `session_start()` (or a `start()`): output
/// the start itself prints (its own warning) must not count as the reason.
pub fn mark() -> Mark {
    Mark {
        output_start: output_start(),
        error: last_error(),
    }
}

/// "session_start() failed", with the reason when the engine knows it:
/// where output started when headers had been sent before the start, else
/// the error PHP raised since `before`.
pub fn describe(before: &Mark) -> String {
    let reason = match (&before.output_start, last_error()) {
        (Some(place), _) => Some(format!(
            "output started at {place}, so headers were already sent"
        )),
        (None, Some(error)) if Some(&error) != before.error.as_ref() => {
            let text = String::from_utf8_lossy(&error.1).into_owned();
            // "session_start() failed: session_start(): ..." says it twice.
            Some(match text.strip_prefix("session_start(): ") {
                Some(rest) => rest.to_owned(),
                None => text,
            })
        }
        _ => None,
    };
    match reason {
        Some(reason) => format!("session_start() failed: {reason}"),
        None => "session_start() failed".into(),
    }
}
