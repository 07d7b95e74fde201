//! A serializer registered with the session module
//! (`session.serialize_handler`), as igbinary registers its own: the
//! session module hands it `$_SESSION` to encode before every save and the
//! stored string to decode after every read, whatever the save handler.
//! The work is done by PHP's own `php_serialize` serializer; what is
//! registered here only transforms its output and input (`Transform`).

use std::{
    ffi::{CStr, c_char, c_int},
    sync::OnceLock,
};

use ext_php_rs::{boxed::ZBox, ffi::zend_string, types::ZendStr};

/// `ps_serializer` (ext/session/php_session.h), the same in PHP 8.2-8.6.
#[repr(C)]
struct PsSerializer {
    name: *const c_char,
    encode: unsafe extern "C" fn() -> *mut zend_string,
    decode: unsafe extern "C" fn(*const c_char, usize) -> c_int,
}

unsafe extern "C" {
    fn php_session_register_serializer(
        name: *const c_char,
        encode: unsafe extern "C" fn() -> *mut zend_string,
        decode: unsafe extern "C" fn(*const c_char, usize) -> c_int,
    ) -> c_int;
    fn _php_find_ps_serializer(name: *const c_char) -> *const PsSerializer;
}

const SUCCESS: c_int = 0;
const FAILURE: c_int = -1;

/// What the registered serializer does around PHP's own.
pub struct Transform {
    /// The stored form of `$_SESSION` serialized as `plain`; `None` refuses
    /// the save (PHP then stores an empty session, never `plain`).
    pub encode: fn(plain: &[u8]) -> Option<Vec<u8>>,
    /// The serialized form of stored data to load into `$_SESSION`; `None`
    /// loads nothing: the session starts empty.
    pub decode: fn(stored: &[u8]) -> Option<Vec<u8>>,
}

/// Set once, at module startup; the callbacks read it on every request.
static TRANSFORM: OnceLock<Transform> = OnceLock::new();

/// Registers `name` with the session module (module startup, after the
/// session module's, which this module depends on). False when the session
/// module refused (a serializer of that name exists).
pub fn register(name: &'static CStr, transform: Transform) -> bool {
    if TRANSFORM.set(transform).is_err() {
        return false;
    }
    // SAFETY: module startup; the name is static, the callbacks live for
    // the life of the process.
    unsafe { php_session_register_serializer(name.as_ptr(), encode, decode) == SUCCESS }
}

/// PHP's `php_serialize` serializer, which does the real work.
fn inner() -> Option<&'static PsSerializer> {
    // SAFETY: the session module's table of serializers lives as long as
    // the process and is only added to at module startup.
    unsafe { _php_find_ps_serializer(c"php_serialize".as_ptr()).as_ref() }
}

unsafe extern "C" fn encode() -> *mut zend_string {
    let (Some(transform), Some(inner)) = (TRANSFORM.get(), inner()) else {
        return std::ptr::null_mut();
    };
    // SAFETY: called by the session module while it saves, as its own
    // serializers are; the string it returns is ours to release.
    let plain = unsafe { (inner.encode)() };
    if plain.is_null() {
        return plain;
    }
    // SAFETY: `plain` is a live string we own, released right after.
    let plain = unsafe { ZBox::from_raw(plain) };
    match (transform.encode)(plain.as_bytes()) {
        Some(stored) => ZendStr::new(&stored, false).into_raw(),
        None => std::ptr::null_mut(),
    }
}

unsafe extern "C" fn decode(value: *const c_char, len: usize) -> c_int {
    let (Some(transform), Some(inner)) = (TRANSFORM.get(), inner()) else {
        return FAILURE;
    };
    // SAFETY: the session module passes the stored string, live for the call.
    let stored = unsafe { std::slice::from_raw_parts(value.cast::<u8>(), len) };
    match (transform.decode)(stored) {
        // SAFETY: PHP's own decoder, given the plain data for the call.
        Some(plain) => unsafe { (inner.decode)(plain.as_ptr().cast(), plain.len()) },
        None => SUCCESS,
    }
}
