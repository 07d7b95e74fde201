//! The fixed `$_SESSION` keys, interned once at startup so the hot path
//! never allocates or hashes them again.

use std::sync::atomic::{AtomicPtr, Ordering};

use ext_php_rs::{ffi::zend_string, types::ZendStr};

use crate::engine::value::Key;

pub const FLASH_NEXT: &str = "Aura\\Session\\Flash\\Next";
pub const FLASH_NOW: &str = "Aura\\Session\\Flash\\Now";
pub const CSRF_SEGMENT: &str = "Aura\\Session\\CsrfToken";
pub const CSRF_DEFAULT_KEY: &str = "value";
/// The reserved key holding a session's lifetime times (only while an
/// `aura_session` lifetime setting is on).
pub const LIFETIME: &str = "Aura\\Session\\Lifetime";

static NEXT: AtomicPtr<zend_string> = AtomicPtr::new(std::ptr::null_mut());
static NOW: AtomicPtr<zend_string> = AtomicPtr::new(std::ptr::null_mut());
static CSRF: AtomicPtr<zend_string> = AtomicPtr::new(std::ptr::null_mut());
static VALUE: AtomicPtr<zend_string> = AtomicPtr::new(std::ptr::null_mut());
static SESSION_VAR: AtomicPtr<zend_string> = AtomicPtr::new(std::ptr::null_mut());
static LIFE: AtomicPtr<zend_string> = AtomicPtr::new(std::ptr::null_mut());

const ALL: [(&AtomicPtr<zend_string>, &str); 6] = [
    (&SESSION_VAR, "_SESSION"),
    (&NEXT, FLASH_NEXT),
    (&NOW, FLASH_NOW),
    (&CSRF, CSRF_SEGMENT),
    (&VALUE, CSRF_DEFAULT_KEY),
    (&LIFE, LIFETIME),
];

/// Interns the keys; runs in every module startup.
pub fn init() {
    for (slot, text) in ALL {
        slot.store(
            ZendStr::new_interned(text, true).into_raw(),
            Ordering::Release,
        );
    }
}

fn key(slot: &AtomicPtr<zend_string>, text: &str) -> Key {
    let ptr = slot.load(Ordering::Acquire);
    if ptr.is_null() {
        Key::from_str(text)
    } else {
        Key::interned(ptr)
    }
}

pub fn flash_next() -> Key {
    key(&NEXT, FLASH_NEXT)
}

pub fn flash_now() -> Key {
    key(&NOW, FLASH_NOW)
}

pub fn csrf_segment() -> Key {
    key(&CSRF, CSRF_SEGMENT)
}

pub fn csrf_default_key() -> Key {
    key(&VALUE, CSRF_DEFAULT_KEY)
}

pub fn lifetime() -> Key {
    key(&LIFE, LIFETIME)
}

/// The interned name `_SESSION` (its hash is computed once), or null
/// before startup.
pub fn session_var() -> *mut zend_string {
    SESSION_VAR.load(Ordering::Relaxed)
}
