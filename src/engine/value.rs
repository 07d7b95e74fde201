//! PHP value rules the extension needs outside the engine: array keys,
//! truthiness, loose comparison with null and type names for messages.

use ext_php_rs::{
    ffi::{
        GC_IMMUTABLE, IS_DOUBLE, IS_FALSE, IS_INTERNED_STRING_EX, IS_LONG, IS_NULL, IS_STRING,
        IS_STRING_EX, IS_TRUE, IS_UNDEF, ext_php_rs_zend_string_release, zend_is_true, zend_string,
    },
    flags::DataType,
    types::{ZendStr, Zval},
};

use crate::{
    engine::{
        guard::{exception_pending, guarded},
        notice, php_version_id,
    },
    errors::{AuraError, AuraResult},
    rules::offset::{double_to_key, loses_precision, numeric_key},
};

/// What a zval holds, through a reference. The same as ext-php-rs'
/// `Zval::dereference()`, by the type tag alone: that one converts the whole
/// type to its enum first, a cost on every call of the hot path.
#[inline]
pub fn deref_value(value: &Zval) -> &Zval {
    let target = crate::engine::array::deref(std::ptr::from_ref(value).cast_mut());
    // SAFETY: `deref` only reads; a reference's value lives at least as long
    // as the zval holding the reference.
    unsafe { &*target.cast_const().cast::<Zval>() }
}

/// An array offset after PHP's conversions (`"5"` is 5, `true` is 1, `null` is `""`).
pub enum Key {
    Int(i64),
    Str(KeyStr),
}

/// A string key holding its own reference to the `zend_string`. Counting is
/// done inline: keys are made and dropped on every call of the hot path.
pub struct KeyStr(*mut zend_string);

impl KeyStr {
    /// Takes a new reference to `string`.
    fn new(string: *mut zend_string) -> KeyStr {
        // SAFETY: `string` is live; interned strings are never counted.
        unsafe {
            if (*string).gc.u.type_info & GC_IMMUTABLE == 0 {
                (*string).gc.refcount += 1;
            }
        }
        KeyStr(string)
    }
}

impl Drop for KeyStr {
    fn drop(&mut self) {
        // SAFETY: we own one reference; the last one is freed by the engine.
        unsafe {
            if (*self.0).gc.u.type_info & GC_IMMUTABLE != 0 {
                return;
            }
            if (*self.0).gc.refcount > 1 {
                (*self.0).gc.refcount -= 1;
            } else {
                ext_php_rs_zend_string_release(self.0);
            }
        }
    }
}

/// Where a key is used, for PHP's offset error messages.
#[derive(Clone, Copy)]
pub enum KeyUse {
    Read,
    Write,
    Unset,
}

impl Key {
    /// Converts a PHP value the way `$array[$value]` does.
    #[inline(always)]
    pub fn from_zval(value: &Zval, usage: KeyUse) -> AuraResult<Key> {
        let value = deref_value(value);
        // SAFETY: reading the type tag and the payload it describes.
        match u32::from(unsafe { value.u1.v.type_ }) {
            IS_LONG => Ok(Key::Int(unsafe { value.value.lval })),
            IS_STRING => Ok(Key::from_zend_string(unsafe { value.value.str_ })),
            _ => Key::from_other(value, usage),
        }
    }

    /// `from_zval()` of anything but an int or a string.
    fn from_other(value: &Zval, usage: KeyUse) -> AuraResult<Key> {
        match value.get_type() {
            DataType::Long => Ok(Key::Int(value.long().unwrap_or_default())),
            // SAFETY: the type tag says the payload is a string.
            DataType::String => Ok(Key::from_zend_string(unsafe { value.value.str_ })),
            DataType::Double => Ok(Key::Int(double_to_key(value.double().unwrap_or_default()))),
            DataType::True => Ok(Key::Int(1)),
            DataType::False => Ok(Key::Int(0)),
            DataType::Null | DataType::Undef => Ok(Key::from_str("")),
            _ => Err(AuraError::Type(
                match usage {
                    KeyUse::Read => "Illegal offset type in isset or empty",
                    KeyUse::Write => "Illegal offset type",
                    KeyUse::Unset => "Illegal offset type in unset",
                }
                .to_owned(),
            )),
        }
    }

    /// A key from a Rust string, with numeric strings becoming integers.
    pub fn from_str(text: &str) -> Key {
        match numeric_key(text.as_bytes()) {
            Some(i) => Key::Int(i),
            None => {
                let string = ZendStr::new(text, false).into_raw();
                // `into_raw` hands over the one reference the key now owns.
                Key::Str(KeyStr(string))
            }
        }
    }

    #[inline(always)]
    fn from_zend_string(string: *mut zend_string) -> Key {
        // SAFETY: `string` is a live string.
        let bytes = unsafe { (*string).as_bytes() };
        match numeric_key(bytes) {
            Some(i) => Key::Int(i),
            None => Key::Str(KeyStr::new(string)),
        }
    }

    /// Wraps an interned string that is known not to be numeric.
    pub fn interned(string: *mut zend_string) -> Key {
        Key::Str(KeyStr(string))
    }

    /// The key as a PHP value (`int` or `string`).
    pub fn to_zval(&self) -> Zval {
        match self {
            Key::Int(i) => long_zval(*i),
            Key::Str(s) => {
                let owned = std::mem::ManuallyDrop::new(KeyStr::new(s.0));
                let mut zv = Zval::new();
                // SAFETY: the zval takes over the reference taken above.
                unsafe {
                    zv.value.str_ = owned.0;
                    zv.u1.type_info = if (*owned.0).gc.u.type_info & GC_IMMUTABLE != 0 {
                        IS_INTERNED_STRING_EX
                    } else {
                        IS_STRING_EX
                    };
                }
                zv
            }
        }
    }

    /// The key as text for error messages.
    pub fn describe(&self) -> String {
        match self {
            Key::Int(i) => i.to_string(),
            // SAFETY: a live string.
            Key::Str(s) => format!(
                "'{}'",
                String::from_utf8_lossy(unsafe { (*s.0).as_bytes() })
            ),
        }
    }

    /// A string key's bytes.
    pub fn bytes(&self) -> Option<&[u8]> {
        match self {
            Key::Int(_) => None,
            // SAFETY: the key holds a reference to its live string.
            Key::Str(s) => Some(unsafe { (*s.0).as_bytes() }),
        }
    }

    pub fn zend_string(&self) -> Option<*mut zend_string> {
        match self {
            Key::Int(_) => None,
            Key::Str(s) => Some(s.0),
        }
    }
}

unsafe extern "C" {
    fn aura_shim_float_offset(d: f64);
}

/// What PHP reports when it converts a value to an array offset.
enum OffsetNotice {
    /// A float that does not survive the round trip through `int`
    /// (a fractional part, out of range, infinite or NaN).
    Float(f64),
    /// `null`, deprecated as an offset from PHP 8.5 on.
    Null,
}

fn offset_notice(value: &Zval) -> Option<OffsetNotice> {
    let value = deref_value(value);
    // The type tag first: every segment call asks this of its name and key.
    // SAFETY: reading the type tag and the payload it describes.
    match u32::from(unsafe { value.u1.v.type_ }) {
        IS_DOUBLE => {
            let d = unsafe { value.value.dval };
            loses_precision(d).then_some(OffsetNotice::Float(d))
        }
        IS_NULL => (php_version_id() >= 80500).then_some(OffsetNotice::Null),
        _ => None,
    }
}

/// Whether PHP raises a diagnostic when it uses `value` as an array offset:
/// a float that loses precision as an `int` (PHP 8.1+), or null (PHP 8.5+).
pub fn offset_noticed(value: &Zval) -> bool {
    offset_notice(value).is_some()
}

/// Where PHP converts an offset: its diagnostics for null differ by place.
#[derive(Clone, Copy)]
pub enum OffsetSite {
    /// `$a[$k]` read, written, tested with `isset()`, or a container on the
    /// way to an `unset()`.
    Access,
    /// The last offset of `unset($a[$k])`, which PHP 8.5 converts silently
    /// when it is null.
    Unset,
}

/// Raises what the engine raises when it converts `value` to an array
/// offset at `site`, if anything: for a float, the engine's own conversion
/// (PHP 8.5 warns for infinite and out-of-range floats where 8.1–8.4
/// deprecate). The error handler may throw (the operation must stop:
/// `Thrown`) or change `$_SESSION`, so callers hold no pointer into it
/// across this call and re-read afterwards.
pub fn raise_offset_notice(value: &Zval, site: OffsetSite) -> AuraResult<()> {
    let Some(notice) = offset_notice(value) else {
        return Ok(());
    };
    if exception_pending() {
        return Err(AuraError::Thrown);
    }
    match (notice, site) {
        // SAFETY: a plain engine conversion; the handler it runs may even
        // fail fatally, which `guarded` catches.
        (OffsetNotice::Float(d), _) => guarded(|| unsafe { aura_shim_float_offset(d) })?,
        (OffsetNotice::Null, OffsetSite::Access) => notice::deprecation(
            "Using null as an array offset is deprecated, use an empty string instead",
        )?,
        (OffsetNotice::Null, OffsetSite::Unset) => {}
    }
    if exception_pending() {
        return Err(AuraError::Thrown);
    }
    Ok(())
}

/// `$value === true` (a reference is not `true` itself).
#[inline]
pub fn is_true(value: &Zval) -> bool {
    // SAFETY: reading the type tag of a live zval.
    u32::from(unsafe { value.u1.v.type_ }) == IS_TRUE
}

/// PHP's `(bool)` conversion.
pub fn truthy(value: &Zval) -> bool {
    // SAFETY: reading the type tag of a live zval.
    match u32::from(unsafe { value.u1.v.type_ }) {
        IS_TRUE => return true,
        IS_UNDEF | IS_NULL | IS_FALSE => return false,
        _ => {}
    }
    // SAFETY: `zend_is_true` only reads the zval.
    let answer = unsafe { zend_is_true(std::ptr::from_ref(value).cast_mut()) };
    // PHP 8.2's headers declare an `int` result, 8.4's a `bool`: one cast
    // reads both.
    #[allow(clippy::unnecessary_cast)]
    let answer = answer as i32;
    answer != 0
}

/// `$value == null`: null, false, 0, 0.0, "" and [] are loosely equal to null.
pub fn loosely_null(value: &Zval) -> bool {
    let value = deref_value(value);
    match value.get_type() {
        DataType::Null | DataType::Undef | DataType::False => true,
        DataType::Long => value.long() == Some(0),
        DataType::Double => value.double() == Some(0.0),
        DataType::String => value.zend_str().is_some_and(|s| s.is_empty()),
        DataType::Array => value.array().is_some_and(|a| a.is_empty()),
        _ => false,
    }
}

/// The type name PHP uses in its error messages (`int`, `stdClass`, ...).
pub fn type_name(value: &Zval) -> String {
    let value = deref_value(value);
    match value.get_type() {
        DataType::Null | DataType::Undef => "null".into(),
        DataType::True | DataType::False | DataType::Bool => "bool".into(),
        DataType::Long => "int".into(),
        DataType::Double => "float".into(),
        DataType::String => "string".into(),
        DataType::Array => "array".into(),
        DataType::Object(_) => value
            .object()
            .and_then(|o| o.get_class_name().ok())
            .unwrap_or_else(|| "object".into()),
        DataType::Resource => "resource".into(),
        _ => "mixed".into(),
    }
}

struct SyncZval(Zval);
// SAFETY: the null zval is never written and holds no pointer.
unsafe impl Sync for SyncZval {}
static NULL_ZVAL: SyncZval = SyncZval(Zval::new());

/// A shared, read-only null.
pub fn null() -> &'static Zval {
    &NULL_ZVAL.0
}

/// A PHP string from raw bytes.
pub fn bytes_zval(bytes: &[u8]) -> Zval {
    let mut zv = Zval::new();
    zv.set_zend_string(ZendStr::new(bytes, false));
    zv
}

pub fn bool_zval(b: bool) -> Zval {
    let mut zv = Zval::new();
    zv.set_bool(b);
    zv
}

pub fn long_zval(i: i64) -> Zval {
    let mut zv = Zval::new();
    zv.set_long(i);
    zv
}
