//! Calls from native code back into PHP: global functions, methods of user
//! objects (including `__call`), and arbitrary callables. Every call checks
//! for an exception afterwards so it propagates as `AuraError::Thrown`, and
//! catches a fatal error so it propagates as `AuraError::Bailout`. The
//! arguments are released once the call returns, as the engine frees a
//! call's arguments, and the result comes back as an `Owned`, so neither is
//! dropped outside the guard.

use std::{mem::MaybeUninit, ptr};

use ext_php_rs::{
    ffi::{
        ext_php_rs_executor_globals, zend_call_known_function, zend_class_entry,
        zend_fcall_info_cache, zend_function, zend_hash_str_find, zend_is_callable_ex, zend_object,
        zval,
    },
    types::Zval,
};

use crate::{
    engine::guard::{Owned, exception_pending, guarded, release_all},
    engine::value::{bytes_zval, deref_value},
    errors::{AuraError, AuraResult},
};

fn call_known(
    func: *mut zend_function,
    object: *mut zend_object,
    scope: *mut zend_class_entry,
    args: &mut [Zval],
) -> AuraResult<Owned> {
    let mut ret = Zval::new();
    let ret_ptr = &raw mut ret;
    let count = u32::try_from(args.len()).unwrap_or(u32::MAX);
    let argv = args.as_mut_ptr();
    // SAFETY: `func` is a live function; the engine copies the arguments it
    // keeps, so we still own `args`. After a bailout `ret` holds
    // whatever the engine left there: it is forgotten, not dropped.
    let called = guarded(|| unsafe {
        zend_call_known_function(
            func,
            object,
            scope,
            ret_ptr.cast(),
            count,
            argv.cast(),
            ptr::null_mut(),
        );
    });
    if let Err(error) = called {
        std::mem::forget(ret);
        return Err(error);
    }
    let released = release_all(args);
    let ret = Owned::new(ret);
    if exception_pending() {
        return Err(AuraError::Thrown);
    }
    released?;
    Ok(if ret.is_reference() {
        Owned::new(deref_value(&ret).shallow_clone())
    } else {
        ret
    })
}

/// Finds a function or method by its lower-case name in a function table.
fn lookup(table: *mut ext_php_rs::ffi::HashTable, lc_name: &str) -> *mut zend_function {
    // SAFETY: function tables hold `IS_PTR` zvals pointing at functions.
    unsafe {
        let found = zend_hash_str_find(table, lc_name.as_ptr().cast(), lc_name.len());
        if found.is_null() {
            ptr::null_mut()
        } else {
            (*found).value.ptr.cast()
        }
    }
}

/// Calls the global PHP function `name` (given in lower case).
pub fn call_function(lc_name: &str, args: &mut [Zval]) -> AuraResult<Owned> {
    // SAFETY: the function table exists for the whole request.
    let table = unsafe { (*ext_php_rs_executor_globals()).function_table };
    let func = lookup(table, lc_name);
    if func.is_null() {
        release_all(args)?;
        return Err(AuraError::Error(format!(
            "Call to undefined function {lc_name}()"
        )));
    }
    call_known(func, ptr::null_mut(), ptr::null_mut(), args)
}

/// `$object->name(...$args)`, honouring user overrides and `__call`.
/// Methods the class declares are found directly, so the extension's own
/// protected methods stay reachable as they are from inside the class.
pub fn call_method(
    object: *mut zend_object,
    lc_name: &str,
    args: &mut [Zval],
) -> AuraResult<Owned> {
    // SAFETY: `object` is a live object.
    let ce = unsafe { (*object).ce };
    let func = lookup(unsafe { &raw mut (*ce).function_table }, lc_name);
    if !func.is_null() {
        return call_known(func, object, ce, args);
    }
    let mut name = bytes_zval(lc_name.as_bytes());
    let mut fcc = MaybeUninit::<zend_fcall_info_cache>::zeroed();
    // SAFETY: resolves `name` on the object, producing a `__call` trampoline
    // when the class has one; the trampoline is freed by the call.
    let callable = unsafe {
        zend_is_callable_ex(
            (&raw mut name).cast(),
            object,
            0,
            ptr::null_mut(),
            fcc.as_mut_ptr(),
            ptr::null_mut(),
        )
    };
    if !callable {
        release_all(args)?;
        // SAFETY: the class entry's name is a live string.
        let class = unsafe { class_name(ce) };
        return Err(AuraError::Error(format!(
            "Call to undefined method {class}::{lc_name}()"
        )));
    }
    // SAFETY: `zend_is_callable_ex` filled the cache on success.
    let fcc = unsafe { fcc.assume_init() };
    call_known(fcc.function_handler, fcc.object, fcc.called_scope, args)
}

/// The name of a class entry.
///
/// # Safety
/// `ce` must be a live class entry.
pub unsafe fn class_name(ce: *const zend_class_entry) -> String {
    // SAFETY: guaranteed by the caller.
    unsafe { (*(*ce).name).as_bytes() }
        .iter()
        .map(|&b| b as char)
        .collect()
}

/// A resolved callable value.
pub struct Callable {
    fcc: zend_fcall_info_cache,
}

impl Callable {
    /// Resolves a callable value, or `None` when it is not callable.
    pub fn resolve(value: &Zval) -> Option<Callable> {
        let mut fcc = MaybeUninit::<zend_fcall_info_cache>::zeroed();
        // SAFETY: only reads `value`; fills `fcc` on success.
        let ok = unsafe {
            zend_is_callable_ex(
                ptr::from_ref(value).cast_mut().cast::<zval>(),
                ptr::null_mut(),
                0,
                ptr::null_mut(),
                fcc.as_mut_ptr(),
                ptr::null_mut(),
            )
        };
        // SAFETY: filled on success.
        ok.then(|| Callable {
            fcc: unsafe { fcc.assume_init() },
        })
    }

    /// How many parameters the callable declares (variadics not counted).
    pub fn declared_params(&self) -> u32 {
        // SAFETY: the handler of a resolved callable is live.
        unsafe { (*self.fcc.function_handler).common.num_args }
    }

    pub fn call(&self, args: &mut [Zval]) -> AuraResult<Owned> {
        call_known(
            self.fcc.function_handler,
            self.fcc.object,
            self.fcc.called_scope,
            args,
        )
    }
}
