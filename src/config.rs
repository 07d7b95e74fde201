//! The `aura_session.*` php.ini settings: declared, registered and read
//! here only. Every setting but `api` is changeable anywhere (`PHP_INI_ALL`)
//! and is read when used, so `ini_set()` takes effect at once and ZTS
//! threads never share a value. Each takes only the values its
//! `rules::settings::Accepts` allows: the engine asks `check()` before a
//! value replaces the current one. Adding a setting is one line in the
//! `settings!` table.

use std::{ffi::CStr, sync::Mutex};

use ext_php_rs::{
    flags::IniEntryPermission,
    zend::{IniEntryDef, IniEntryDefs, ModuleEntry},
};

use crate::{
    engine::ini,
    rules::settings::{Accepts, Api, Refused, parse_api, refused_change},
};

/// One registered setting.
pub struct Setting(&'static CStr);

impl Setting {
    /// Hands the setting's current value to `read`.
    pub fn with_value<R>(&self, read: impl FnOnce(&[u8]) -> R) -> R {
        ini::with_value(self.0, read)
    }
}

/// Declares the settings (one line each: name, php.ini key, default, where
/// it may change, what it accepts), the table the engine registers and the
/// rule of each key.
macro_rules! settings {
    ($($(#[$doc:meta])* $name:ident = $key:literal, $default:literal, $permission:ident, $accepts:ident;)*) => {
        $( $(#[$doc])* pub const $name: Setting = Setting($key); )*

        const COUNT: usize = [$(stringify!($name)),*].len();

        static TABLE: IniEntryDefs<{ COUNT + 1 }> = IniEntryDefs::new([
            $( ini::setting($key, $default, IniEntryPermission::$permission), )*
            IniEntryDef::end(),
        ]);

        /// Each key with its default and what it accepts.
        const RULES: [(&CStr, &CStr, Accepts); COUNT] = [
            $( ($key, $default, Accepts::$accepts), )*
        ];
    };
}

settings! {
    /// Space-separated `scheme://host[:port]` origins that
    /// `CsrfToken::isSameOrigin()` accepts from other sites.
    TRUSTED_ORIGINS = c"aura_session.trusted_origins", c"", All, Origins;
    /// Seconds without a request after which the session expires.
    IDLE_TIMEOUT = c"aura_session.idle_timeout", c"0", All, Seconds;
    /// Seconds after its creation at which the session expires.
    ABSOLUTE_TIMEOUT = c"aura_session.absolute_timeout", c"0", All, Seconds;
    /// Seconds after which a session moves to a new id.
    ROTATE_INTERVAL = c"aura_session.rotate_interval", c"0", All, Seconds;
    /// Seconds a rotated-away id is still answered from the new session
    /// (0: not at all).
    ROTATE_GRACE = c"aura_session.rotate_grace", c"10", All, Seconds;
    /// Hold the session lock only for short commit cycles (docs/lazy-lock.md).
    LAZY_LOCK = c"aura_session.lazy_lock", c"0", All, Switch;
    /// The API line (major version of the library) whose classes the module
    /// declares; fixed for the life of the process.
    API = c"aura_session.api", c"4", System, Api;
    /// The key file of `session.serialize_handler=aura_encrypted`
    /// (docs/security.md); read once, when the module starts.
    ENCRYPTION_KEYS = c"aura_session.encryption_keys", c"", System, Path;
    /// `session.save_handler=aura_redis` (docs/redis-store.md): the nodes of
    /// `session.save_path` are a Redis Cluster's seeds.
    REDIS_CLUSTER = c"aura_session.redis_cluster", c"0", All, Switch;
    /// The start of every key the Redis store writes.
    REDIS_PREFIX = c"aura_session.redis_prefix", c"aura_sess:", All, KeyPrefix;
    /// Milliseconds to connect to a node (0: no limit).
    REDIS_CONNECT_TIMEOUT = c"aura_session.redis_connect_timeout", c"1000", All, Millis;
    /// Milliseconds for a reply, and for retrying a failed step (0: no limit
    /// on a reply; a failed step is retried for two seconds).
    REDIS_TIMEOUT = c"aura_session.redis_timeout", c"2000", All, Millis;
    /// Milliseconds after which a session's lock expires, so that a request
    /// that died holding it blocks the session no longer.
    REDIS_LOCK_TTL = c"aura_session.redis_lock_ttl", c"10000", All, PositiveMillis;
    /// Milliseconds a request waits for another's lock before it fails.
    REDIS_LOCK_WAIT = c"aura_session.redis_lock_wait", c"10000", All, Millis;
}

/// The php.ini values refused at this module start (the settings check
/// reports them). Written only while the module starts, which the engine
/// does on one thread.
static REFUSED: Mutex<Vec<Refused>> = Mutex::new(Vec::new());

/// Whether `name` may take `value`; the refusal is the warning to show.
fn check(name: &[u8], value: &[u8], at_startup: bool) -> Result<(), String> {
    let Some((key, default, accepts)) = RULES.iter().find(|(key, ..)| key.to_bytes() == name)
    else {
        return Ok(());
    };
    let why = match accepts.check(value) {
        Ok(()) => return Ok(()),
        Err(why) => why,
    };
    let setting = String::from_utf8_lossy(key.to_bytes()).into_owned();
    if !at_startup {
        return Err(refused_change(&setting, value, &why));
    }
    let refused = Refused {
        setting,
        value: value.to_vec(),
        why,
        default: default.to_str().unwrap_or_default(),
    };
    let warning = refused.warning();
    if let Ok(mut list) = REFUSED.lock() {
        list.push(refused);
    }
    Err(warning)
}

/// The php.ini values refused when the module started.
pub fn refused_at_startup() -> Vec<Refused> {
    REFUSED.lock().map(|list| list.clone()).unwrap_or_default()
}

/// The API line in force: php.ini's, read from the registered setting, so
/// available from module startup on (after `register()`).
pub fn api() -> Api {
    API.with_value(parse_api).unwrap_or(Api::V4)
}

/// Registers every setting with the engine (module startup).
pub fn register(module_number: i32) -> bool {
    if let Ok(mut list) = REFUSED.lock() {
        list.clear();
    }
    ini::register(TABLE.as_slice(), module_number, check)
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
