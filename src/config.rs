//! The `aura_session.*` php.ini settings: declared, registered and read
//! here only. Every setting is changeable anywhere (`PHP_INI_ALL`) and is
//! read when used, so `ini_set()` takes effect at once and ZTS threads never
//! share a value. Adding one is one line in the `settings!` table.

use std::ffi::CStr;

use ext_php_rs::zend::{IniEntryDef, IniEntryDefs, ModuleEntry};

use crate::engine::ini;

/// One registered setting.
pub struct Setting(&'static CStr);

impl Setting {
    /// Hands the setting's current value to `read`.
    pub fn with_value<R>(&self, read: impl FnOnce(&[u8]) -> R) -> R {
        ini::with_value(self.0, read)
    }
}

/// Declares the settings (one line each: name, php.ini key, default) and
/// the table the engine registers.
macro_rules! settings {
    ($($(#[$doc:meta])* $name:ident = $key:literal, $default:literal;)*) => {
        $( $(#[$doc])* pub const $name: Setting = Setting($key); )*

        const COUNT: usize = [$(stringify!($name)),*].len();

        static TABLE: IniEntryDefs<{ COUNT + 1 }> = IniEntryDefs::new([
            $( ini::setting($key, $default), )*
            IniEntryDef::end(),
        ]);
    };
}

settings! {
    /// Space-separated `scheme://host[:port]` origins that
    /// `CsrfToken::isSameOrigin()` accepts from other sites.
    TRUSTED_ORIGINS = c"aura_session.trusted_origins", c"";
    /// Seconds without a request after which the session expires.
    IDLE_TIMEOUT = c"aura_session.idle_timeout", c"0";
    /// Seconds after its creation at which the session expires.
    ABSOLUTE_TIMEOUT = c"aura_session.absolute_timeout", c"0";
    /// Seconds after which a session moves to a new id.
    ROTATE_INTERVAL = c"aura_session.rotate_interval", c"0";
    /// Seconds a rotated-away id is still answered from the new session.
    ROTATE_GRACE = c"aura_session.rotate_grace", c"10";
    /// Hold the session lock only for short commit cycles (docs/lazy-lock.md).
    LAZY_LOCK = c"aura_session.lazy_lock", c"0";
}

/// Registers every setting with the engine (module startup).
pub fn register(module_number: i32) -> bool {
    ini::register(TABLE.as_slice(), module_number)
}

/// Unregisters them again (module shutdown).
pub fn unregister(module_number: i32) {
    ini::unregister(module_number);
}

/// The module's `phpinfo()` section, settings included.
pub fn print_info(module: *mut ModuleEntry) {
    const VERSION: &CStr =
        match CStr::from_bytes_with_nul(concat!(env!("CARGO_PKG_VERSION"), "\0").as_bytes()) {
            Ok(version) => version,
            Err(_) => c"unknown",
        };
    ini::print_info(
        module,
        &[(c"aura_session support", c"enabled"), (c"Version", VERSION)],
    );
}
