//! What the extension remembers for the rest of one request: module
//! globals, which the engine keeps per thread under ZTS, emptied at the
//! start of every request.

use ext_php_rs::zend::{ModuleGlobal, ModuleGlobals};

use crate::rules::lifetime::Reason;

#[derive(Default)]
pub struct Request {
    /// Why the server ended the session this request resumed, if it did.
    pub expired: Option<Reason>,
    /// A fatal error was caught below a method handler that has not yet
    /// re-raised it (see `engine::guard`).
    pub bailed_out: bool,
    /// The session data last opened under the current key (`crypto`).
    pub sealed: Option<Sealed>,
    /// The session's end-of-request write runs as a shutdown function
    /// (`engine::save_handler`).
    pub flush_registered: bool,
}

/// Session data as read from the store and as it opened.
pub struct Sealed {
    pub id: Vec<u8>,
    pub plain: Vec<u8>,
    pub stored: Vec<u8>,
}

impl ModuleGlobal for Request {}

pub static STATE: ModuleGlobals<Request> = ModuleGlobals::new();

/// Request startup: nothing carries over from the previous request.
pub fn begin() {
    set_expired(None);
    set_bailed_out(false);
    remember_seal(None);
    // SAFETY: as for `set_expired`.
    unsafe { STATE.get_mut() }.flush_registered = false;
}

/// True the first time in a request, false after.
pub fn first_flush_registration() -> bool {
    // SAFETY: as for `set_expired`.
    let state = unsafe { STATE.get_mut() };
    !std::mem::replace(&mut state.flush_registered, true)
}

/// Remembers what the session data read last was (`None`: nothing to
/// reuse).
pub fn remember_seal(sealed: Option<Sealed>) {
    // SAFETY: as for `set_expired`.
    unsafe { STATE.get_mut() }.sealed = sealed;
}

/// The stored form of `plain` for session `id`, when that is exactly what
/// was read (under the current key).
pub fn unchanged_seal(id: &[u8], plain: &[u8]) -> Option<Vec<u8>> {
    STATE
        .get()
        .sealed
        .as_ref()
        .filter(|sealed| sealed.id == id && sealed.plain == plain)
        .map(|sealed| sealed.stored.clone())
}

pub fn expired() -> Option<Reason> {
    STATE.get().expired
}

pub fn set_expired(reason: Option<Reason>) {
    // SAFETY: the thread runs one request at a time, and nothing else holds
    // a reference into the globals (every access is a short copy).
    unsafe { STATE.get_mut() }.expired = reason;
}

pub fn bailed_out() -> bool {
    STATE.get().bailed_out
}

pub fn set_bailed_out(caught: bool) {
    // SAFETY: as for `set_expired`.
    unsafe { STATE.get_mut() }.bailed_out = caught;
}
