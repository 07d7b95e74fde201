//! php.ini settings as the engine keeps them: registration for the module,
//! the current value (which `ini_set()` changes per request, and per thread
//! under ZTS), and the `phpinfo()` section that lists them.

use std::{
    cell::RefCell,
    ffi::{CStr, CString, c_char, c_int, c_void},
    sync::OnceLock,
};

use ext_php_rs::{
    ffi::{
        HashTable, IS_PTR, ext_php_rs_executor_globals, php_info_print_table_end,
        php_info_print_table_row, php_info_print_table_start, zend_hash_str_find, zend_ini_entry,
        zend_register_ini_entries, zend_string,
    },
    flags::IniEntryPermission,
    zend::{IniEntryDef, ModuleEntry},
};

use crate::engine::array::type_of;

unsafe extern "C" {
    fn zend_unregister_ini_entries(module_number: c_int);
    fn display_ini_entries(module: *mut ModuleEntry);
    fn aura_shim_warning(message: *const c_char);
}

/// A string setting changeable where `permission` says, whose every new
/// value the check given to `register()` must accept.
pub const fn setting(
    name: &'static CStr,
    default: &'static CStr,
    permission: IniEntryPermission,
) -> IniEntryDef {
    let mut def = IniEntryDef::new(name, default, permission);
    def.on_modify = Some(on_modify);
    def
}

/// Decides whether a setting (by name) may take a value, `at_startup` being
/// php.ini's or `-d`'s value as the module starts. The refusal is the text
/// of the warning to raise.
pub type Check = fn(name: &[u8], value: &[u8], at_startup: bool) -> Result<(), String>;

/// Set once, by the first module start; a restart passes the same function.
static CHECK: OnceLock<Check> = OnceLock::new();

const SUCCESS: c_int = 0;
const FAILURE: c_int = -1;
// zend_ini.h's stages (the bindings leave them out).
const STAGE_STARTUP: c_int = 1 << 0;
const STAGE_SHUTDOWN: c_int = 1 << 1;
const STAGE_DEACTIVATE: c_int = 1 << 3;

/// The engine's modify handler of every setting. A refused value leaves the
/// setting as it was: `ini_set()` returns false, and at startup the engine
/// falls back on the default (it prints nothing itself, hence the warning,
/// worded like PHP's own handlers' and raised the same way).
unsafe extern "C" fn on_modify(
    entry: *mut zend_ini_entry,
    value: *mut zend_string,
    _arg1: *mut c_void,
    _arg2: *mut c_void,
    _arg3: *mut c_void,
    stage: c_int,
) -> c_int {
    // Putting back the value of before `ini_set()` needs no check, and the
    // request may be gone.
    if stage == STAGE_DEACTIVATE || stage == STAGE_SHUTDOWN {
        return SUCCESS;
    }
    let Some(check) = CHECK.get() else {
        return SUCCESS;
    };
    // SAFETY: the engine hands its entry (whose name is set before the
    // first call) and the candidate value, both alive during the call.
    let (name, value) = unsafe {
        let name = entry.as_ref().and_then(|entry| entry.name.as_ref());
        (
            name.map(|name| name.as_bytes()).unwrap_or_default(),
            value
                .as_ref()
                .map(|value| value.as_bytes())
                .unwrap_or_default(),
        )
    };
    match check(name, value, stage == STAGE_STARTUP) {
        Ok(()) => SUCCESS,
        Err(message) => {
            warn(&message);
            FAILURE
        }
    }
}

/// Raises `message` as an `E_WARNING` the way PHP's own settings do
/// (`php_error_docref`): "Warning: ini_set(): ..." during a request, "PHP
/// Warning: ... in Unknown on line 0" at startup.
pub fn warn(message: &str) {
    let Ok(message) = CString::new(message.replace('\0', "\\0")) else {
        return;
    };
    // SAFETY: a NUL-terminated string; the shim formats it with "%s".
    unsafe { aura_shim_warning(message.as_ptr()) }
}

/// Registers a table ending in `IniEntryDef::end()`; the engine keeps
/// borrowing it, hence `'static`. Every value php.ini gives passes `check`
/// first. False when the engine refused.
pub fn register(table: &'static [IniEntryDef], module_number: i32, check: Check) -> bool {
    // A restarted module passes the same function: the first one stays.
    let _ = CHECK.set(check);
    forget_entries();
    // SAFETY: called from module startup with a terminated, static table.
    unsafe { zend_register_ini_entries(table.as_ptr(), module_number) == 0 }
}

/// Drops the module's settings, so a restarted module can register them again.
pub fn unregister(module_number: i32) {
    forget_entries();
    // SAFETY: called from module shutdown.
    unsafe { zend_unregister_ini_entries(module_number) }
}

/// Hands the current value of a registered setting to `read` (empty when
/// it is unset or unknown). Nothing may call into PHP meanwhile: the value
/// belongs to the engine and `ini_set()` replaces it.
pub fn with_value<R>(name: &'static CStr, read: impl FnOnce(&[u8]) -> R) -> R {
    read_entry(cached_entry(name), read)
}

/// `with_value()` for any setting, by name, without the cache.
pub fn with_value_of<R>(name: &CStr, read: impl FnOnce(&[u8]) -> R) -> R {
    read_entry(lookup(directives(), name), read)
}

fn read_entry<R>(entry: *mut zend_ini_entry, read: impl FnOnce(&[u8]) -> R) -> R {
    // SAFETY: a found entry lives as long as its table; `ini_set()` swaps
    // its value string, which is read afresh here.
    let value = unsafe { entry.as_ref().and_then(|entry| entry.value.as_ref()) };
    read(value.map(|value| value.as_bytes()).unwrap_or_default())
}

// The engine's entry of each setting, found once per thread: the settings
// are read on every call of the API, and a lookup by name costs more than
// the rest of a `get()`. An entry belongs to its thread's settings table
// (one table per thread under ZTS) and stays where it is until the module
// unregisters its settings, when the cache is emptied.
thread_local! {
    static ENTRIES: RefCell<Vec<(*const c_char, *mut HashTable, *mut zend_ini_entry)>> =
        const { RefCell::new(Vec::new()) };
}

fn forget_entries() {
    ENTRIES.with(|entries| {
        if let Ok(mut entries) = entries.try_borrow_mut() {
            entries.clear();
        }
    });
}

fn directives() -> *mut HashTable {
    // SAFETY: the executor globals live as long as the thread.
    unsafe { (*ext_php_rs_executor_globals()).ini_directives }
}

/// The setting's entry in `directives`, or null.
fn lookup(directives: *mut HashTable, name: &CStr) -> *mut zend_ini_entry {
    if directives.is_null() {
        return std::ptr::null_mut();
    }
    let bytes = name.to_bytes();
    // SAFETY: the table is live; a setting's entry is a `zend_ini_entry`
    // behind an IS_PTR zval.
    unsafe {
        let found = zend_hash_str_find(directives, bytes.as_ptr().cast(), bytes.len());
        if found.is_null() || type_of(found) != IS_PTR {
            return std::ptr::null_mut();
        }
        (*found).value.ptr.cast::<zend_ini_entry>()
    }
}

/// `lookup()` in this thread's table, remembered by the name's address
/// (a static name has one for the life of the process).
fn cached_entry(name: &'static CStr) -> *mut zend_ini_entry {
    let directives = directives();
    let cached = ENTRIES.with(|entries| {
        entries.try_borrow().ok().and_then(|entries| {
            entries
                .iter()
                .find(|(n, table, _)| {
                    std::ptr::eq(*n, name.as_ptr()) && std::ptr::eq(*table, directives)
                })
                .map(|(_, _, entry)| *entry)
        })
    });
    if let Some(entry) = cached {
        return entry;
    }
    let entry = lookup(directives, name);
    if !entry.is_null() {
        ENTRIES.with(|entries| {
            if let Ok(mut entries) = entries.try_borrow_mut() {
                entries.push((name.as_ptr(), directives, entry));
            }
        });
    }
    entry
}

/// The `phpinfo()` / `php --ri` section: a status row, then every setting
/// of the module with its local and master value.
pub fn print_info(module: *mut ModuleEntry, rows: &[(&CStr, &CStr)]) {
    // SAFETY: called by the engine's info handler with its own module entry;
    // the strings are NUL-terminated and outlive the calls.
    unsafe {
        php_info_print_table_start();
        for (name, value) in rows {
            php_info_print_table_row(2, name.as_ptr(), value.as_ptr());
        }
        php_info_print_table_end();
        display_ini_entries(module);
    }
}
