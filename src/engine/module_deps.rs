//! The module's dependencies, as a C extension declares them with
//! `ZEND_MOD_REQUIRED("session")`: the engine starts the session module
//! first (its startup, and its request startup and shutdown, come before
//! ours), refuses to load this module without it, and
//! `ReflectionExtension::getDependencies()` lists it. ext-php-rs's module
//! builder leaves the entry's `deps` empty, so they are set here.

use std::ptr::null;

use ext_php_rs::{ffi::_zend_module_dep as ModuleDep, zend::ModuleEntry};

/// `MODULE_DEP_REQUIRED` (zend_modules.h).
const REQUIRED: u8 = 1;

/// A terminated `zend_module_dep` array, as the engine reads it.
struct Deps([ModuleDep; 2]);

// SAFETY: the table holds pointers to static strings only, and nothing
// writes it; the engine only reads it.
unsafe impl Sync for Deps {}

static DEPS: Deps = Deps([
    ModuleDep {
        name: c"session".as_ptr(),
        rel: null(),
        version: null(),
        type_: REQUIRED,
    },
    ModuleDep {
        name: null(),
        rel: null(),
        version: null(),
        type_: 0,
    },
]);

/// Fills in the dependencies of the entry `get_module()` hands the engine.
/// The engine reads them before any module starts (it sorts the modules by
/// them right after loading every library), so this cannot wait for our
/// module startup: it runs as the library is loaded (below). `get_module()`
/// builds its entry once and returns that same entry to the engine later.
extern "C" fn declare() {
    let entry: *mut ModuleEntry = crate::get_module();
    // SAFETY: the entry lives in static storage for the life of the process;
    // the engine has not seen it yet, as it calls `get_module()` only after
    // the library is loaded.
    if let Some(entry) = unsafe { entry.as_mut() } {
        entry.deps = DEPS.0.as_ptr();
    }
}

/// The loader runs `declare()` when it loads the library, before the engine
/// can ask for the module.
#[used]
#[cfg_attr(
    target_vendor = "apple",
    unsafe(link_section = "__DATA,__mod_init_func")
)]
#[cfg_attr(windows, unsafe(link_section = ".CRT$XCU"))]
#[cfg_attr(
    not(any(target_vendor = "apple", windows)),
    unsafe(link_section = ".init_array")
)]
static DECLARE_ON_LOAD: extern "C" fn() = declare;
