//! `$_SERVER`, which the engine fills only when first asked for: with
//! `auto_globals_jit` it is created at compile time for scripts that name
//! it, so code that only reaches it from C must trigger that itself.

use std::ffi::c_char;

use ext_php_rs::{
    ffi::{IS_ARRAY, IS_INDIRECT, ext_php_rs_executor_globals, zend_hash_str_find},
    types::Zval,
};

use crate::engine::array::{deref, type_of};

unsafe extern "C" {
    fn zend_is_auto_global_str(name: *const c_char, len: usize) -> bool;
}

const SERVER: &[u8] = b"_SERVER";

/// A copy (copy-on-write, so cheap) of `$_SERVER`, or `None` when it is not
/// an array.
pub fn server() -> Option<Zval> {
    // SAFETY: the executor globals live for the request; the slot found is
    // copied before anything else can run.
    unsafe {
        zend_is_auto_global_str(SERVER.as_ptr().cast(), SERVER.len());
        let table = &raw mut (*ext_php_rs_executor_globals()).symbol_table;
        let mut slot = zend_hash_str_find(table, SERVER.as_ptr().cast(), SERVER.len());
        if slot.is_null() {
            return None;
        }
        if type_of(slot) == IS_INDIRECT {
            slot = (*slot).value.zv;
        }
        let slot = deref(slot);
        (type_of(slot) == IS_ARRAY).then(|| (*slot.cast::<Zval>()).shallow_clone())
    }
}
