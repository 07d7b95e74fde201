//! `Aura\Session\CsrfToken`: per-key tokens stored in the
//! `Aura\Session\CsrfToken` segment, checked in constant time.

use ext_php_rs::{
    builders::ClassBuilder, error::Result, ffi::zend_object, flags::DataType, types::Zval,
};

use crate::{
    classes::randval,
    classes::segment,
    config,
    engine::array::{entries, lookup_bytes},
    engine::guard::{Owned, release},
    engine::keys,
    engine::method::{
        Call, ClassSlot, Method, dispatch, optional, property, public, typed, with_methods,
    },
    engine::notice,
    engine::object::{Slot, hold, prop_object, write},
    engine::php_call::{call_function, call_method},
    engine::server_vars,
    engine::value::{
        bool_zval, bytes_zval, deref_value, loosely_null, offset_noticed, truthy, type_name,
    },
    errors::{AuraError, AuraResult},
    rules::origin::{self, Field},
    rules::{masking, token},
};

pub static CLASS: ClassSlot = ClassSlot::new();

const RANDVAL: Slot = Slot(0);
const SEGMENT: Slot = Slot(1);

/// A new native `CsrfToken` on the given segment.
pub fn create(segment: Zval, randval: Zval) -> Zval {
    CLASS.create([(RANDVAL, randval), (SEGMENT, segment)])
}

fn default_key() -> Zval {
    keys::csrf_default_key().to_zval()
}

fn key_arg(call: &Call) -> Owned {
    Owned::new(
        call.arg(0)
            .map(Zval::shallow_clone)
            .unwrap_or_else(default_key),
    )
}

// ---- the segment, natively when it is exactly a Segment ----

fn segment_get(this: *mut zend_object, key: &Zval) -> AuraResult<Owned> {
    let seg = hold(this, SEGMENT, "get")?;
    dispatch(
        &segment::CLASS,
        seg.ptr,
        "get",
        &mut [key.shallow_clone()],
        |_| segment::get(seg.ptr, key, crate::engine::value::null()),
    )
}

fn segment_set(this: *mut zend_object, key: &Zval, value: Zval) -> AuraResult<()> {
    let seg = hold(this, SEGMENT, "set")?;
    dispatch(
        &segment::CLASS,
        seg.ptr,
        "set",
        &mut [key.shallow_clone(), value],
        |args| segment::set(seg.ptr, key, &args[1]),
    )?
    .discard()
}

fn segment_contents(this: *mut zend_object) -> AuraResult<Owned> {
    let seg = hold(this, SEGMENT, "getSegment")?;
    dispatch(&segment::CLASS, seg.ptr, "getsegment", &mut [], |_| {
        segment::get_segment(seg.ptr)
    })
}

// ---- token logic ----

/// A new token value: native randomness with the native `Randval`,
/// otherwise `hash('sha512', $randval->generate())` as the PHP library does.
fn fresh_value(this: *mut zend_object) -> AuraResult<Owned> {
    let randval = hold(this, RANDVAL, "generate")?;
    if randval::CLASS.is_exactly(randval.ptr) {
        return Ok(bytes_zval(token::new_token()?.as_bytes()).into());
    }
    let random = call_method(randval.ptr, "generate", &mut [])?;
    match random.zend_str() {
        Some(bytes) if !bytes.is_empty() => {}
        _ => {
            return Err(AuraError::Session(format!(
                "RandvalInterface::generate() must return a non-empty string, {} returned",
                if random.is_string() {
                    "an empty string".into()
                } else {
                    type_name(&random)
                }
            )));
        }
    }
    call_function("hash", &mut [bytes_zval(b"sha512"), random.into_zval()])
}

fn regenerate_value(this: *mut zend_object, key: Zval) -> AuraResult<Owned> {
    dispatch(&CLASS, this, "regeneratevalue", &mut [key], |args| {
        native_regenerate(this, &args[0])
    })
}

fn native_regenerate(this: *mut zend_object, key: &Zval) -> AuraResult<Owned> {
    let value = fresh_value(this)?;
    segment_set(this, key, value.into_zval())?;
    segment_get(this, key)
}

fn get_value(this: *mut zend_object, key: Zval) -> AuraResult<Owned> {
    dispatch(&CLASS, this, "getvalue", &mut [key], |args| {
        native_get_value(this, &args[0])
    })
}

/// A stored value is returned as read; the PHP library reads it a second
/// time, which only user code (a segment, session or `Phpfunc` subclass)
/// could tell apart, so that second read happens only when such code runs.
fn native_get_value(this: *mut zend_object, key: &Zval) -> AuraResult<Owned> {
    let stored = segment_get(this, key)?;
    if loosely_null(&stored) {
        regenerate_value(this, key.shallow_clone())?.discard()?;
    } else if segment_is_native(this) && !offset_noticed(key) {
        return Ok(stored);
    }
    segment_get(this, key)
}

fn segment_is_native(this: *mut zend_object) -> bool {
    prop_object(this, SEGMENT)
        .is_some_and(|s| segment::CLASS.is_exactly(s) && segment::reads_silently(s))
}

/// `$token->regenerateAllKeyValues()`: a new value for every stored key.
pub fn regenerate_all(this: *mut zend_object) -> AuraResult<Owned> {
    dispatch(&CLASS, this, "regenerateallkeyvalues", &mut [], |_| {
        native_regenerate_all(this)
    })
}

/// The library's `foreach` over the segment: an object yields its public
/// properties' names (whose regeneration then meets the object where an
/// array should be), any other truthy scalar only `foreach`'s warning.
fn native_regenerate_all(this: *mut zend_object) -> AuraResult<Zval> {
    let contents = segment_contents(this)?;
    if !truthy(&contents) {
        return Ok(Zval::new());
    }
    let iterable = if contents.is_object() {
        call_function("get_object_vars", &mut [contents.into_zval()])?
    } else if contents.is_array() {
        contents
    } else {
        notice::warning(&format!(
            "foreach() argument must be of type array|object, {} given",
            type_name(&contents)
        ))?;
        return Ok(Zval::new());
    };
    let mut current = Zval::new();
    let walked = regenerate_each(this, &iterable, &mut current).map_err(AuraError::raise_now);
    // The loop's variables go as the library's frame frees them: the array,
    // then the last value, each of which may run a destructor.
    let released = iterable.discard().and_then(|()| release(current));
    walked.and(released).map(|()| Zval::new())
}

/// `foreach ($all as $key => $unused) $this->regenerateValue($key);` over
/// a held array: `$unused` holds each value (dereferenced) while its key is
/// regenerated, so a value only the segment kept alive (a reference to
/// `$_SESSION` itself, say) is freed when the loop moves on, not at the
/// write that displaced it.
fn regenerate_each(this: *mut zend_object, all: &Zval, current: &mut Zval) -> AuraResult<()> {
    if !all.is_array() {
        return Ok(());
    }
    // SAFETY: `all` holds its array for the whole walk, so a write by PHP
    // code separates a copy and these slots stay live and unchanged.
    for (key, slot) in entries(unsafe { all.value.arr }) {
        // SAFETY: as above.
        let value = deref_value(unsafe { &*slot.cast::<Zval>() }).shallow_clone();
        release(std::mem::replace(current, value))?;
        regenerate_value(this, key.to_zval())?.discard()?;
    }
    Ok(())
}

// ---- PHP methods ----

fn construct(call: &Call) -> AuraResult<Zval> {
    call.object_arg(0, "segment", segment::INTERFACE.get())?;
    call.object_arg(1, "randval", randval::INTERFACE.get())?;
    write(call.this, SEGMENT, call.arg_or_null(0))?;
    write(call.this, RANDVAL, call.arg_or_null(1))?;
    Ok(Zval::new())
}

/// Only a string can match; anything else given (an array from `name[]=x`,
/// null, an int) is simply invalid instead of a `TypeError`. A stored token
/// that is not a string fails as `hash_equals()` does in the PHP library.
///
/// A masked form (see `getMaskedValue()`) of the current token is as good
/// as the token itself.
fn is_valid(call: &Call) -> AuraResult<Zval> {
    let key = call
        .arg(1)
        .map(Zval::shallow_clone)
        .unwrap_or_else(default_key);
    let known = get_value(call.this, key)?;
    let given = call.arg_or_null(0);
    let Some(given) = given.zend_str() else {
        return Ok(bool_zval(false));
    };
    let Some(known) = known.zend_str() else {
        return Err(AuraError::Type(format!(
            "hash_equals(): Argument #2 ($user_string) must be of type string, {} given",
            type_name(&known)
        )));
    };
    Ok(bool_zval(masking::matches(
        given.as_bytes(),
        known.as_bytes(),
    )))
}

/// The token of `$key` (created as `getValue()` creates it) under a fresh
/// one-time pad: a new string on every call, each accepted by `isValid()`.
fn get_masked_value(call: &Call) -> AuraResult<Zval> {
    let token = get_value(call.this, key_arg(call).into_zval())?;
    let Some(bytes) = token.zend_str() else {
        return Err(AuraError::Type(format!(
            "Aura\\Session\\CsrfToken::getMaskedValue(): the stored token must be of type string, {} given",
            type_name(&token)
        )));
    };
    Ok(bytes_zval(masking::mask(bytes.as_bytes())?.as_bytes()))
}

/// Whether the request (`$server`, shaped like `$_SERVER`, which null
/// stands for) was sent by the site itself, judged from the headers
/// browsers add on their own; see `rules::origin` for the decision.
fn is_same_origin(call: &Call) -> AuraResult<Zval> {
    let server = match call.arg(0) {
        None => server_vars::server(),
        Some(value) if value.is_null() => server_vars::server(),
        Some(value) if value.is_array() => Some(value.shallow_clone()),
        Some(value) => {
            return Err(AuraError::Type(format!(
                "Aura\\Session\\CsrfToken::isSameOrigin(): Argument #1 ($server) must be of type ?array, {} given",
                type_name(value)
            )));
        }
    };
    let server = Owned::new(server.unwrap_or_default());
    let field = |name: &[u8]| match lookup_bytes(&server, name) {
        None => Field::Absent,
        Some(value) if value.is_null() => Field::Absent,
        Some(value) => value
            .zend_str()
            .map_or(Field::Malformed, |s| Field::Value(s.as_bytes())),
    };
    let request = origin::Request {
        method: field(b"REQUEST_METHOD"),
        fetch_site: field(b"HTTP_SEC_FETCH_SITE"),
        origin: field(b"HTTP_ORIGIN"),
        host: field(b"HTTP_HOST"),
        https: field(b"HTTPS"),
        scheme: field(b"REQUEST_SCHEME"),
    };
    let same =
        config::TRUSTED_ORIGINS.with_value(|trusted| origin::is_same_origin(&request, trusted));
    Ok(bool_zval(same))
}

fn get_value_method(call: &Call) -> AuraResult<Owned> {
    native_get_value(call.this, &key_arg(call))
}

fn regenerate_value_method(call: &Call) -> AuraResult<Owned> {
    native_regenerate(call.this, &key_arg(call))
}

fn regenerate_all_method(call: &Call) -> AuraResult<Zval> {
    native_regenerate_all(call.this)
}

crate::handlers! {
    construct_handler => construct;
    is_valid_handler => is_valid;
    get_masked_value_handler => get_masked_value;
    is_same_origin_handler => is_same_origin;
    get_value_handler => get_value_method;
    regenerate_value_handler => regenerate_value_method;
    regenerate_all_handler => regenerate_all_method;
}

pub fn register() -> Result<()> {
    const METHODS: &[Method<'static>] = &[
        public(
            "__construct",
            &[
                typed(
                    "segment",
                    DataType::object("Aura\\Session\\SegmentInterface"),
                ),
                typed(
                    "randval",
                    DataType::object("Aura\\Session\\RandvalInterface"),
                ),
            ],
            construct_handler,
        ),
        public(
            "isValid",
            &[
                crate::engine::method::param("value"),
                optional("key", "'value'"),
            ],
            is_valid_handler,
        ),
        public("getValue", &[optional("key", "'value'")], get_value_handler),
        public(
            "getMaskedValue",
            &[optional("key", "'value'")],
            get_masked_value_handler,
        ),
        public(
            "isSameOrigin",
            &[optional("server", "null")],
            is_same_origin_handler,
        ),
        public(
            "regenerateValue",
            &[optional("key", "'value'")],
            regenerate_value_handler,
        ),
        public("regenerateAllKeyValues", &[], regenerate_all_handler),
    ];
    with_methods(ClassBuilder::new("Aura\\Session\\CsrfToken"), METHODS)
        .property(property("randval", None))
        .property(property("segment", None))
        .registration(|ce, info| CLASS.store(ce, info))
        .register()
}
