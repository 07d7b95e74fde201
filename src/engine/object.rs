//! Objects of the extension's classes: their state lives in declared
//! (protected) properties, like the PHP library's, so user subclasses see
//! the same `$this->phpfunc` and PHP's cycle collector sees every link.

use std::ptr;

use ext_php_rs::{
    ffi::{IS_OBJECT, IS_UNDEF, zend_class_entry, zend_object, zval},
    types::{ZendObject, Zval},
    zend::ClassEntry,
};

use crate::{
    engine::array::{assign, deref, replace_value, type_of},
    engine::guard::{Owned, release},
    engine::value::deref_value,
    errors::{AuraError, AuraResult},
};

/// A declared property's slot number in `properties_table`.
#[derive(Clone, Copy)]
pub struct Slot(pub usize);

fn slot_ptr(object: *mut zend_object, slot: Slot) -> *mut zval {
    // SAFETY: the caller holds an instance of the class that declares the
    // slot (or a subclass, which keeps the parent's slots).
    unsafe { (*object).properties_table.as_mut_ptr().add(slot.0) }
}

/// Runs `f` on the property's value (an unset property reads as null). The
/// value is borrowed for `f` alone: PHP code run afterwards may replace or
/// free it, so nothing of it outlives the call but what `f` copies.
#[inline(always)]
pub fn with_prop<R>(object: *mut zend_object, slot: Slot, f: impl FnOnce(&Zval) -> R) -> R {
    let zv = deref(slot_ptr(object, slot));
    if type_of(zv) == IS_UNDEF {
        return f(crate::engine::value::null());
    }
    // SAFETY: a live slot of a live object, borrowed only while `f` runs.
    f(unsafe { &*zv.cast::<Zval>() })
}

/// A counted copy of the property's value.
pub fn prop_copy(object: *mut zend_object, slot: Slot) -> Owned {
    with_prop(object, slot, |value| Owned::new(value.shallow_clone()))
}

/// The object the property holds, if any.
#[inline(always)]
pub fn prop_object(object: *mut zend_object, slot: Slot) -> Option<*mut zend_object> {
    with_prop(object, slot, object_of)
}

/// `$this->prop = $value`: through a reference if the property is one
/// (type-checked when it is bound to a typed property), the old value
/// released after the store, as PHP releases it: its destructor may throw,
/// or fail fatally, and that must not cross our frames.
pub fn write(object: *mut zend_object, slot: Slot, value: impl Into<Zval>) -> AuraResult<()> {
    let old = assign(slot_ptr(object, slot), value.into())?;
    release(old)
}

/// A property of an instance just created: the class's default it replaces
/// is a constant, whose drop runs nothing.
pub fn init(object: *mut zend_object, slot: Slot, value: Zval) {
    drop(replace_value(deref(slot_ptr(object, slot)), value));
}

/// The object in a zval, if it holds one.
pub fn object_of(value: &Zval) -> Option<*mut zend_object> {
    let value = deref_value(value);
    if type_of(ptr::from_ref(value).cast()) != IS_OBJECT {
        return None;
    }
    // SAFETY: the type tag says the payload is an object.
    Some(unsafe { value.value.obj })
}

/// The class entry of an object.
pub fn class_of(object: *mut zend_object) -> *mut zend_class_entry {
    // SAFETY: live object.
    unsafe { (*object).ce }
}

/// Whether the object is an instance of `ce` (or of a subclass/implementor).
pub fn instance_of(object: *mut zend_object, ce: &ClassEntry) -> bool {
    // SAFETY: live object.
    unsafe { &*object.cast::<ZendObject>() }.instance_of(ce)
}

/// A new instance of one of the extension's classes, as a zval owning it.
pub fn instantiate(ce: &ClassEntry) -> (Zval, *mut zend_object) {
    let mut object = ZendObject::new(ce);
    let raw: *mut zend_object = ptr::from_mut(&mut *object).cast();
    let mut zv = Zval::new();
    zv.set_object(&mut object);
    (zv, raw)
}

/// Turns a `Zval` holding an object into its pointer, or fails with PHP's
/// message for calling a method on something else.
pub fn require_object(value: &Zval, method: &str) -> AuraResult<*mut zend_object> {
    object_of(value).ok_or_else(|| {
        AuraError::Error(format!(
            "Call to a member function {method}() on {}",
            crate::engine::value::type_name(value)
        ))
    })
}

/// A zval holding its own reference to the object, so the object stays
/// alive while PHP code we call reassigns the property it came from.
pub fn object_zval(object: *mut zend_object) -> Zval {
    let mut zv = Zval::new();
    // SAFETY: live object; `set_object` adds the reference the zval owns.
    zv.set_object(unsafe { &mut *object.cast::<ZendObject>() });
    zv
}

/// An object read from a property or argument, kept alive while in use.
pub struct Held {
    _owner: Owned,
    pub ptr: *mut zend_object,
}

/// The object the property holds, if any, with a reference of its own: PHP
/// code run while it is in use may drop every other reference to it.
pub fn hold_if_object(object: *mut zend_object, slot: Slot) -> Option<Held> {
    with_prop(object, slot, |value| {
        object_of(value).map(|ptr| Held {
            _owner: Owned::new(value.shallow_clone()),
            ptr,
        })
    })
}

/// Takes the object the property holds, for calling `method` on it.
pub fn hold(object: *mut zend_object, slot: Slot, method: &str) -> AuraResult<Held> {
    with_prop(object, slot, |value| {
        let ptr = require_object(value, method)?;
        Ok(Held {
            _owner: Owned::new(value.shallow_clone()),
            ptr,
        })
    })
}
