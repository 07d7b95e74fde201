//! Low-level operations on PHP arrays that the engine exposes only as
//! macros: lookup by converted key, insert, copy-on-write separation and an
//! in-order walk that keeps binary keys intact.

use std::ptr;

use ext_php_rs::{
    ffi::{
        _zend_new_array, HashPosition, HashTable, IS_ARRAY, IS_ARRAY_EX, IS_REFERENCE,
        zend_array_dup, zend_empty_array, zend_hash_find, zend_hash_get_current_data_ex,
        zend_hash_get_current_key_zval_ex, zend_hash_index_find, zend_hash_index_update,
        zend_hash_move_forward_ex, zend_hash_update, zend_reference, zend_ulong, zval,
    },
    types::Zval,
};

use crate::{
    engine::guard::{Owned, exception_pending, guarded, release},
    engine::value::{Key, deref_value},
    errors::{AuraError, AuraResult},
};

/// The type tag of a live zval.
pub fn type_of(zv: *const zval) -> u32 {
    // SAFETY: callers pass valid zvals.
    unsafe { (*zv).u1.v.type_ }.into()
}

/// Follows a reference to the value it holds.
pub fn deref(zv: *mut zval) -> *mut zval {
    if type_of(zv) == IS_REFERENCE {
        // SAFETY: a reference zval points at a live `zend_reference`.
        unsafe { &raw mut (*(*zv).value.ref_).val }
    } else {
        zv
    }
}

pub fn find(ht: *mut HashTable, key: &Key) -> *mut zval {
    // SAFETY: `ht` is a live array and the key string is held by `key`.
    unsafe {
        match key {
            Key::Int(i) => zend_hash_index_find(ht, *i as zend_ulong),
            Key::Str(_) => zend_hash_find(ht, key.zend_string().unwrap_or(ptr::null_mut())),
        }
    }
}

/// Inserts or overwrites without looking at the old value (the caller did).
pub fn insert(ht: *mut HashTable, key: &Key, value: Zval) -> *mut zval {
    let mut value = std::mem::ManuallyDrop::new(value);
    // SAFETY: the table takes over the value without adding a reference.
    unsafe {
        match key {
            Key::Int(i) => {
                zend_hash_index_update(ht, *i as zend_ulong, &raw mut *value as *mut zval)
            }
            Key::Str(_) => zend_hash_update(
                ht,
                key.zend_string().unwrap_or(ptr::null_mut()),
                &raw mut *value as *mut zval,
            ),
        }
    }
}

/// Makes the array in `zv` (already dereferenced) private to it, as PHP's
/// `SEPARATE_ARRAY` does, and returns it for writing.
pub fn separate(zv: *mut zval) -> *mut HashTable {
    // SAFETY: `zv` holds an array.
    unsafe {
        let arr = (*zv).value.arr;
        let immutable = (*arr).is_immutable();
        if immutable || (*arr).gc.refcount > 1 {
            // Copy first: a `memory_limit` bailout inside the copy then
            // leaves the shared array with its count unchanged.
            let copy = zend_array_dup(arr);
            if !immutable {
                (*arr).gc.refcount -= 1;
            }
            (*zv).value.arr = copy;
            (*zv).u1.type_info = IS_ARRAY_EX;
        }
        (*zv).value.arr
    }
}

/// `[]` as PHP writes it: the shared immutable empty array, copied on the
/// first write. Free to create and safe as a persistent property default.
pub fn empty_array_zval() -> Zval {
    let mut zv = Zval::new();
    zv.u1.type_info = IS_ARRAY;
    // SAFETY: the engine's empty array is immutable and lives forever; the
    // zval is not reference counted, so it never frees it.
    zv.value.arr = (&raw const zend_empty_array).cast_mut();
    zv
}

pub fn new_array_zval() -> Zval {
    let mut zv = Zval::new();
    // SAFETY: a fresh, empty, reference-counted array owned by the zval.
    unsafe {
        zv.value.arr = _zend_new_array(0);
    }
    zv.u1.type_info = IS_ARRAY_EX;
    zv
}

/// A new array of `fields` in order, its keys converted as PHP converts them.
pub fn assoc_zval(fields: Vec<(&str, Zval)>) -> Zval {
    let array = new_array_zval();
    for (name, value) in fields {
        // SAFETY: `array` owns a fresh array no one else sees.
        insert(unsafe { array.value.arr }, &Key::from_str(name), value);
    }
    array
}

/// The entries of an array in order. Works on raw keys, so binary string
/// keys survive unchanged.
pub fn entries(ht: *mut HashTable) -> Vec<(Key, *mut zval)> {
    let mut out = Vec::new();
    let mut pos: HashPosition = 0;
    // SAFETY: `ht` is a live array that is not changed during the walk; the
    // engine's position functions skip deleted slots.
    unsafe {
        loop {
            let data = zend_hash_get_current_data_ex(ht, &raw mut pos);
            if data.is_null() {
                break;
            }
            let mut key = Zval::new();
            zend_hash_get_current_key_zval_ex(ht, (&raw mut key).cast(), &raw mut pos);
            // Engine keys are always ints or strings, so conversion succeeds.
            if let Ok(key) = Key::from_zval(&key, crate::engine::value::KeyUse::Read) {
                out.push((key, data));
            }
            zend_hash_move_forward_ex(ht, &raw mut pos);
        }
    }
    out
}

/// Puts `value` into a live slot and returns what was there. Only the value
/// and its type move: the slot's second word belongs to its container (a
/// hash bucket's collision chain, a property's flags) and must stay.
pub fn replace_value(slot: *mut zval, value: Zval) -> Zval {
    let value = std::mem::ManuallyDrop::new(value);
    let mut old = Zval::new();
    // SAFETY: `slot` is live; the old value moves out before the new one
    // moves in, so each is owned exactly once.
    unsafe {
        old.value = (*slot).value;
        old.u1 = (*slot).u1;
        (*slot).value = value.value;
        (*slot).u1 = value.u1;
    }
    old
}

unsafe extern "C" {
    /// Throws PHP's `TypeError` and answers false when the typed
    /// property a reference is bound to cannot hold an array.
    pub fn zend_verify_ref_array_assignable(reference: *mut zend_reference) -> bool;
    fn zend_verify_ref_assignable_zval(
        reference: *mut zend_reference,
        value: *mut zval,
        strict: bool,
    ) -> bool;
}

/// The reference in a slot, when it is bound to a typed property: writes
/// through it must be type-checked (and coerced) as PHP does.
pub fn typed_reference(slot: *mut zval) -> Option<*mut zend_reference> {
    if type_of(slot) != IS_REFERENCE {
        return None;
    }
    // SAFETY: a reference zval points at a live `zend_reference`.
    unsafe {
        let reference = (*slot).value.ref_;
        (!(*reference).sources.ptr.is_null()).then_some(reference)
    }
}

/// `$slot = $value` as PHP assigns: through a reference, and with PHP's
/// coercion or `TypeError` when the reference is bound to a typed property
/// (the library's code is not in strict mode). Returns the displaced value
/// for the caller to release once nothing points into the slot any more.
pub fn assign(slot: *mut zval, value: Zval) -> AuraResult<Zval> {
    let Some(reference) = typed_reference(slot) else {
        return Ok(replace_value(deref(slot), value));
    };
    // The check can coerce through `__toString()`, which can unset the
    // slot: a counted copy keeps the reference alive until the value is in.
    // SAFETY: `slot` holds the live reference.
    let held = Owned::new(unsafe { &*slot.cast::<Zval>() }.shallow_clone());
    let mut value = std::mem::ManuallyDrop::new(value);
    let value_ptr = (&raw mut *value).cast::<zval>();
    // SAFETY: the reference is held; the engine coerces the value in place.
    let assignable = guarded(|| unsafe { zend_verify_ref_assignable_zval(reference, value_ptr, false) });
    let value = std::mem::ManuallyDrop::into_inner(value);
    match assignable {
        Ok(true) if !exception_pending() => {
            // Unlike `zend_try_assign_typed_ref_ex()`, which destroys the
            // old value while the reference still points at it (a destructor
            // writing through the reference then writes into freed memory),
            // the old value leaves first, as `$ref = $value` does.
            // SAFETY: the reference is held, its value slot live.
            let old = replace_value(unsafe { &raw mut (*reference).val }, value);
            held.discard()?;
            Ok(old)
        }
        Ok(_) => {
            release(value)?;
            held.discard()?;
            Err(AuraError::Thrown)
        }
        Err(error) => {
            std::mem::forget(value);
            std::mem::forget(held);
            Err(error)
        }
    }
}

/// Copies of the values of an array, in order.
pub fn values(array: &Zval) -> Vec<Zval> {
    match deref_value(array) {
        a if a.is_array() => {
            // SAFETY: the zval holds an array; each slot is live during the walk.
            entries(unsafe { a.value.arr })
                .into_iter()
                .map(|(_, v)| deref_value(unsafe { &*v.cast::<Zval>() }).shallow_clone())
                .collect()
        }
        _ => Vec::new(),
    }
}

/// `$array[$key]` of an array value, if set.
pub fn lookup<'a>(array: &'a Zval, key: &Key) -> Option<&'a Zval> {
    let array = deref_value(array);
    if !array.is_array() {
        return None;
    }
    // SAFETY: the zval holds an array.
    let found = find(unsafe { array.value.arr }, key);
    // SAFETY: a found slot lives as long as the array.
    unsafe { found.cast::<Zval>().as_ref() }.map(deref_value)
}

/// `$array[$key]` for a key given as raw bytes (numeric strings are integer
/// keys, as always).
pub fn lookup_bytes<'a>(array: &'a Zval, key: &[u8]) -> Option<&'a Zval> {
    let array = deref_value(array);
    if !array.is_array() {
        return None;
    }
    // SAFETY: the zval holds an array; a found slot lives as long as it.
    unsafe {
        let ht = array.value.arr;
        let found = match crate::rules::offset::numeric_key(key) {
            Some(i) => zend_hash_index_find(ht, i as zend_ulong),
            None => ext_php_rs::ffi::zend_hash_str_find(ht, key.as_ptr().cast(), key.len()),
        };
        found.cast::<Zval>().as_ref().map(deref_value)
    }
}
