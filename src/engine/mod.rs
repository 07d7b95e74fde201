//! Everything that touches the Zend engine: values, arrays, objects, method
//! tables, calls into PHP, `$_SESSION` and the session module's state. It
//! knows no PHP class of ours.

pub mod array;
pub mod guard;
pub mod info;
pub mod ini;
pub mod keys;
pub mod method;
// Unit tests run without PHP: nothing may ask for the module there.
#[cfg(not(test))]
pub mod module_deps;
pub mod notice;
pub mod object;
pub mod php_call;
pub mod request;
pub mod save_handler;
pub mod serializer;
pub mod server_vars;
pub mod session_state;
pub mod start_failure;
pub mod superglobal;
pub mod value;

unsafe extern "C" {
    fn aura_shim_php_version_id() -> std::ffi::c_int;
}

/// `PHP_VERSION_ID` of the running PHP (80500 for 8.5.0).
pub fn php_version_id() -> i32 {
    // SAFETY: the shim returns a constant.
    unsafe { aura_shim_php_version_id() }
}
