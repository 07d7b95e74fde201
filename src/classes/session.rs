//! `Aura\Session\Session`: lazy start, the once-per-object flash move,
//! cookie deletion on destroy, and the `session_*` functions, all called
//! through the `Phpfunc` object so tests and subclasses can intercept them.

use std::{
    sync::atomic::{AtomicBool, Ordering},
    time::{SystemTime, UNIX_EPOCH},
};

use ext_php_rs::{
    builders::ClassBuilder,
    error::Result,
    ffi::zend_object,
    flags::{ConstantFlags, DataType},
    types::Zval,
};

use crate::{
    classes::csrf_token,
    classes::csrf_token_factory,
    classes::lazy_lock::{self, Needs},
    classes::lifetime,
    classes::phpfunc,
    classes::segment,
    classes::segment_factory,
    classes::session_interface,
    engine::array::{assoc_zval, empty_array_zval, lookup, lookup_bytes},
    engine::guard::Owned,
    engine::keys,
    engine::method::{
        Call, ClassSlot, Method, bool_return, dispatch, optional, param, protected, public, typed,
        with_methods,
    },
    engine::object::{Slot, hold, instantiate, object_zval, prop_copy, with_prop, write},
    engine::php_call::Callable,
    engine::php_version_id,
    engine::session_state,
    engine::superglobal,
    engine::value::{
        Key, KeyUse, OffsetSite, bool_zval, bytes_zval, is_true, long_zval, raise_offset_notice,
        truthy,
    },
    errors::{AuraError, AuraResult},
    rules::lifetime::Stamps,
    rules::settings::Api,
};

pub static CLASS: ClassSlot = ClassSlot::new();

// Declared properties, in slot order (the PHP library's names).
const PROPERTIES: [&str; 8] = [
    "segment_factory",
    "csrf_token",
    "csrf_token_factory",
    "cookies",
    "cookie_params",
    "phpfunc",
    "delete_cookie",
    "flash_moved",
];
const SEGMENT_FACTORY: Slot = Slot(0);
const CSRF_TOKEN: Slot = Slot(1);
const CSRF_TOKEN_FACTORY: Slot = Slot(2);
const COOKIES: Slot = Slot(3);
const COOKIE_PARAMS: Slot = Slot(4);
const PHPFUNC: Slot = Slot(5);
const DELETE_COOKIE: Slot = Slot(6);
const FLASH_MOVED: Slot = Slot(7);

/// Seconds in the past the default deleter dates the expiring cookie.
const COOKIE_EXPIRED_AGO: i64 = 42000;

/// The cookie params the default deleter repeats for a Secure or
/// Partitioned session cookie, under `setcookie()`'s option names.
const EXPIRING_OPTIONS: [&str; 6] = [
    "path",
    "domain",
    "secure",
    "httponly",
    "samesite",
    "partitioned",
];

pub fn php(this: *mut zend_object, lc_name: &str, args: &mut [Zval]) -> AuraResult<Owned> {
    phpfunc::call_through(this, PHPFUNC, lc_name, args)
}

/// A `session_*` function called through the session's `Phpfunc`.
pub fn call_php(this: *mut zend_object, lc_name: &str, args: &mut [Zval]) -> AuraResult<Owned> {
    php(this, lc_name, args)
}

fn php0(this: *mut zend_object, lc_name: &str) -> AuraResult<Owned> {
    php(this, lc_name, &mut [])
}

// ---- dispatch: what `$session->method()` runs, natively when possible ----

pub fn is_started(session: *mut zend_object) -> AuraResult<bool> {
    dispatch(&CLASS, session, "isstarted", &mut [], |_| {
        native_is_started(session).map(bool_zval)
    })?
    .into_truthy()
}

pub fn resume(session: *mut zend_object) -> AuraResult<bool> {
    dispatch(&CLASS, session, "resume", &mut [], |_| {
        native_resume(session)
    })?
    .into_truthy()
}

/// `$session->isStarted() || $session->resume()`, as segments ask it.
pub fn started_or_resumed(session: *mut zend_object) -> AuraResult<bool> {
    Ok(is_started(session)? || resume(session)?)
}

pub fn start(session: *mut zend_object) -> AuraResult<Owned> {
    dispatch(&CLASS, session, "start", &mut [], |_| declared_start(session))
}

/// `start()` as declared: in 7.x `: bool` converts what it returns,
/// wherever it is called from (PHP checks a user override itself).
fn declared_start(session: *mut zend_object) -> AuraResult<Owned> {
    let started = native_start(session)?;
    if BOOL_START.load(Ordering::Relaxed) {
        return bool_return("Aura\\Session\\Session::start", started).map(Owned::new);
    }
    Ok(started)
}

/// Whether `start()` declares `: bool` (`aura_session.api=7`); set once at
/// module startup.
static BOOL_START: AtomicBool = AtomicBool::new(false);

pub fn get_segment(session: *mut zend_object, name: Zval) -> AuraResult<Owned> {
    dispatch(&CLASS, session, "getsegment", &mut [name], |args| {
        native_get_segment(session, std::mem::take(&mut args[0]))
    })
}

fn get_name(session: *mut zend_object) -> AuraResult<Owned> {
    dispatch(&CLASS, session, "getname", &mut [], |_| {
        php0(session, "session_name")
    })
}

fn move_flash(session: *mut zend_object) -> AuraResult<Owned> {
    dispatch(&CLASS, session, "moveflash", &mut [], |_| {
        native_move_flash(session)
    })
}

/// What `$session->isStarted() || $session->resume()` will do, when that is
/// known without running it: only for exactly a native `Session` and
/// `Phpfunc`, where neither answer has side effects.
pub enum Readiness {
    /// Active, flashes already moved: the answer is true.
    Ready,
    /// Closed between `aura_session.lazy_lock` cycles, `$_SESSION` holding
    /// the last cycle's data, flashes moved: the answer is true.
    Open,
    /// Not active and no session cookie: the answer is false.
    NoSession,
    /// Anything else: run the real methods.
    Unknown,
}

#[inline(always)]
pub fn readiness(session: *mut zend_object) -> Readiness {
    if !CLASS.is_exactly(session) || !phpfunc::is_native(session, PHPFUNC) {
        return Readiness::Unknown;
    }
    match session_state::is_active() {
        Some(true) if with_prop(session, FLASH_MOVED, is_true) => Readiness::Ready,
        Some(false) if lazy_lock::is_open() && with_prop(session, FLASH_MOVED, is_true) => {
            Readiness::Open
        }
        Some(false) => match session_state::with_name(|name| has_cookie(session, name)) {
            Some(false) => Readiness::NoSession,
            _ => Readiness::Unknown,
        },
        _ => Readiness::Unknown,
    }
}

/// `isset($this->cookies[$name])`.
fn has_cookie(this: *mut zend_object, name: &[u8]) -> bool {
    with_prop(this, COOKIES, |cookies| {
        lookup_bytes(cookies, name).is_some_and(|v| !v.is_null())
    })
}

// ---- native bodies ----

fn native_is_started(this: *mut zend_object) -> AuraResult<bool> {
    let started = match phpfunc::is_native(this, PHPFUNC)
        .then(session_state::is_active)
        .flatten()
    {
        Some(active) => active,
        None => status_through_phpfunc(this)?,
    } || lazy_lock::is_open();
    if started && !with_prop(this, FLASH_MOVED, truthy) {
        after_start(this)?;
    }
    Ok(started)
}

/// What follows a successful `session_start()`: the lifetime checks, then
/// the flash move, unless this object moved them already.
/// Whether this object moved the flashes already (they move once per
/// object).
pub fn flash_moved(this: *mut zend_object) -> bool {
    with_prop(this, FLASH_MOVED, truthy)
}

/// Puts back what `flash_moved()` said, for a start cycle run again: its
/// move did not reach the store.
pub fn set_flash_moved(this: *mut zend_object, moved: bool) -> AuraResult<()> {
    write(this, FLASH_MOVED, bool_zval(moved))
}

pub fn after_start(this: *mut zend_object) -> AuraResult<()> {
    lifetime::after_start(this)?;
    if !with_prop(this, FLASH_MOVED, truthy) {
        move_flash(this)?.discard()?;
    }
    Ok(())
}

fn status_through_phpfunc(this: *mut zend_object) -> AuraResult<bool> {
    let exists = php(
        this,
        "function_exists",
        &mut [bytes_zval(b"session_status")],
    )?;
    if exists.into_truthy()? {
        let status = php0(this, "session_status")?;
        let active = status.is_long() && status.long() == Some(session_state::ACTIVE);
        status.discard().map(|()| active)
    } else {
        dispatch(&CLASS, this, "sessionstatus", &mut [], |_| {
            native_session_status(this)
        })?
        .into_truthy()
    }
}

/// Without `session_status()`: `session.use_trans_sid` cannot be changed
/// while a session is active, so re-setting it to its own value fails then.
fn native_session_status(this: *mut zend_object) -> AuraResult<Zval> {
    let setting = || bytes_zval(b"session.use_trans_sid");
    let current = php(this, "ini_get", &mut [setting()])?;
    let level = php(this, "error_reporting", &mut [long_zval(0)])?;
    let result = php(this, "ini_set", &mut [setting(), current.shallow_clone()])?;
    php(this, "error_reporting", &mut [level.into_zval()])?.discard()?;
    Ok(bool_zval(!result.is_identical(&current)))
}

fn native_move_flash(this: *mut zend_object) -> AuraResult<Zval> {
    let (next, now) = (keys::flash_next(), keys::flash_now());
    if !superglobal::isset(&[&next])? {
        superglobal::set_empty_array(&[&next])?;
    }
    superglobal::copy(&[&now], &[&next])?;
    superglobal::set_empty_array(&[&next])?;
    write(this, FLASH_MOVED, bool_zval(true))?;
    Ok(Zval::new())
}

/// Flashes move once per `Session` object: a restart (after `commit()`)
/// keeps the next-request values it already holds.
fn native_start(this: *mut zend_object) -> AuraResult<Owned> {
    if session_state::is_active() == Some(false) && lazy_lock::enabled() {
        return lazy_lock::start(this);
    }
    let result = php0(this, "session_start")?;
    if truthy(&result) {
        after_start(this)?;
    }
    Ok(result)
}

fn native_resume(this: *mut zend_object) -> AuraResult<Owned> {
    if is_started(this)? {
        return Ok(bool_zval(true).into());
    }
    let resumable = dispatch(&CLASS, this, "isresumable", &mut [], |_| {
        native_is_resumable(this)
    })?;
    if resumable.into_truthy()? {
        return start(this);
    }
    Ok(bool_zval(false).into())
}

fn native_is_resumable(this: *mut zend_object) -> AuraResult<Zval> {
    let native = CLASS.is_exactly(this) && phpfunc::is_native(this, PHPFUNC);
    if native && let Some(found) = session_state::with_name(|name| has_cookie(this, name)) {
        return Ok(bool_zval(found));
    }
    let name = get_name(this)?;
    raise_offset_notice(&name, OffsetSite::Access)?;
    let key = Key::from_zval(&name, KeyUse::Read)?;
    let found = with_prop(this, COOKIES, |cookies| {
        lookup(cookies, &key).is_some_and(|v| !v.is_null())
    });
    Ok(bool_zval(found))
}

fn native_get_segment(this: *mut zend_object, name: Zval) -> AuraResult<Owned> {
    let factory = hold(this, SEGMENT_FACTORY, "newInstance")?;
    let mut args = [object_zval(this), name];
    dispatch(
        &segment_factory::CLASS,
        factory.ptr,
        "newinstance",
        &mut args,
        |args| {
            let [session, name] = args else {
                return Ok(Zval::new());
            };
            Ok(segment::create(
                std::mem::take(session),
                std::mem::take(name),
            ))
        },
    )
}

/// Runs the constructor's work on a new session object.
pub fn init(
    this: *mut zend_object,
    segment_factory: Zval,
    csrf_token_factory: Zval,
    phpfunc: Zval,
    cookies: Zval,
    delete_cookie: Zval,
) -> AuraResult<()> {
    write(this, SEGMENT_FACTORY, segment_factory)?;
    write(this, CSRF_TOKEN_FACTORY, csrf_token_factory)?;
    write(this, PHPFUNC, phpfunc)?;
    write(this, COOKIES, cookies)?;
    dispatch(
        &CLASS,
        this,
        "setdeletecookie",
        &mut [delete_cookie],
        |args| {
            write(this, DELETE_COOKIE, std::mem::take(&mut args[0]))?;
            Ok(Zval::new())
        },
    )?
    .discard()?;
    let params = php0(this, "session_get_cookie_params")?;
    write(this, COOKIE_PARAMS, params)?;
    Ok(())
}

/// A new native `Session`, as `SessionFactory::newInstance()` builds it.
pub fn create(
    segment_factory: Zval,
    csrf_token_factory: Zval,
    phpfunc: Zval,
    cookies: Zval,
    delete_cookie: Zval,
) -> AuraResult<Zval> {
    let Some(ce) = CLASS.get() else {
        return Err(AuraError::Error(
            "Aura\\Session\\Session is not registered".into(),
        ));
    };
    let (session, this) = instantiate(ce);
    init(
        this,
        segment_factory,
        csrf_token_factory,
        phpfunc,
        cookies,
        delete_cookie,
    )?;
    Ok(session)
}

/// Calls the delete-cookie callable, or deletes the cookie the default way.
fn delete_cookie(this: *mut zend_object, name: Zval, params: Owned) -> AuraResult<()> {
    let deleter = prop_copy(this, DELETE_COOKIE);
    let param = |key: &str| {
        lookup(&params, &Key::from_str(key))
            .map(Zval::shallow_clone)
            .unwrap_or_default()
    };
    if !truthy(&deleter) {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let expires = i64::try_from(now).unwrap_or(i64::MAX) - COOKIE_EXPIRED_AGO;
        // The library's call names only the path and the domain. A browser
        // drops a Secure cookie's deletion without Secure when the name is
        // __Secure- or __Host- prefixed, and files a deletion without
        // Partitioned in another jar than a partitioned cookie's: for those
        // the deletion repeats the attributes the cookie was set with.
        let mut args = if truthy(&param("secure")) || truthy(&param("partitioned")) {
            let options = std::iter::once(("expires", long_zval(expires)))
                .chain(
                    EXPIRING_OPTIONS
                        .into_iter()
                        .filter(|key| {
                            // setcookie() knows Partitioned from PHP 8.5 on
                            (*key != "partitioned" || php_version_id() >= 80500)
                                && lookup(&params, &Key::from_str(key)).is_some()
                        })
                        .map(|key| (key, param(key))),
                )
                .collect();
            vec![name, bytes_zval(b""), assoc_zval(options)]
        } else {
            vec![
                name,
                bytes_zval(b""),
                long_zval(expires),
                param("path"),
                param("domain"),
            ]
        };
        return php(this, "setcookie", &mut args)?.discard();
    }
    let Some(callable) = Callable::resolve(&deleter) else {
        return Err(AuraError::Session(
            "The delete-cookie callable is not callable: the session was destroyed but its cookie was not deleted".into(),
        ));
    };
    // Code written from the library's documentation declares
    // ($name, $path, $domain); the library itself passes ($name, $params).
    if callable.declared_params() >= 3 {
        callable.call(&mut [name, param("path"), param("domain")])?
    } else {
        callable.call(&mut [name, params.into_zval()])?
    }
    .discard()
}

// ---- PHP methods ----

fn construct(call: &Call) -> AuraResult<Zval> {
    call.object_arg(0, "segment_factory", segment_factory::CLASS.get())?;
    call.object_arg(1, "csrf_token_factory", csrf_token_factory::CLASS.get())?;
    call.object_arg(2, "phpfunc", phpfunc::CLASS.get())?;
    let cookies = match call.arg(3) {
        Some(_) => call.array_arg(3, "cookies")?.into_zval(),
        None => empty_array_zval(),
    };
    init(
        call.this,
        call.arg_or_null(0).into_zval(),
        call.arg_or_null(1).into_zval(),
        call.arg_or_null(2).into_zval(),
        cookies,
        call.arg_or_null(4).into_zval(),
    )?;
    Ok(Zval::new())
}

fn set_delete_cookie(call: &Call) -> AuraResult<Zval> {
    write(call.this, DELETE_COOKIE, call.arg_or_null(0))?;
    Ok(Zval::new())
}

fn get_segment_method(call: &Call) -> AuraResult<Owned> {
    native_get_segment(call.this, call.arg_or_null(0).into_zval())
}

fn is_resumable_method(call: &Call) -> AuraResult<Zval> {
    native_is_resumable(call.this)
}

fn is_started_method(call: &Call) -> AuraResult<Zval> {
    native_is_started(call.this).map(bool_zval)
}

fn session_status_method(call: &Call) -> AuraResult<Zval> {
    native_session_status(call.this)
}

fn start_method(call: &Call) -> AuraResult<Owned> {
    declared_start(call.this)
}

fn move_flash_method(call: &Call) -> AuraResult<Zval> {
    native_move_flash(call.this)
}

fn resume_method(call: &Call) -> AuraResult<Owned> {
    native_resume(call.this)
}

// 7.x declares `: bool` on these three (`start()` converts inside).

fn resume_bool(call: &Call) -> AuraResult<Zval> {
    call.bool_return(resume_method(call)?)
}

fn regenerate_id_bool(call: &Call) -> AuraResult<Zval> {
    call.bool_return(regenerate_id(call)?)
}

fn clear(call: &Call) -> AuraResult<Owned> {
    lazy_lock::write(call.this, Needs::Resume, || lifetime::clear(call.this))
}

fn commit(call: &Call) -> AuraResult<Owned> {
    if lazy_lock::commit() {
        return Ok(bool_zval(true).into());
    }
    php0(call.this, "session_write_close")
}

fn destroy(call: &Call) -> AuraResult<Owned> {
    lazy_lock::write(call.this, Needs::Start, || native_destroy(call.this))
}

fn native_destroy(this: *mut zend_object) -> AuraResult<Owned> {
    if !is_started(this)? {
        start(this)?.discard()?;
    }
    let name = get_name(this)?;
    let params = dispatch(&CLASS, this, "getcookieparams", &mut [], |_| {
        Ok(prop_copy(this, COOKIE_PARAMS))
    })?;
    dispatch(&CLASS, this, "clear", &mut [], |_| {
        php0(this, "session_unset")
    })?
    .discard()?;
    lifetime::forget()?;
    let destroyed = in_opt_in_watch(|| php0(this, "session_destroy"))?;
    if truthy(&destroyed) {
        delete_cookie(this, name.into_zval(), params)?;
    }
    Ok(destroyed)
}

fn get_csrf_token(call: &Call) -> AuraResult<Owned> {
    let this = call.this;
    if !with_prop(this, CSRF_TOKEN, truthy) {
        let factory = hold(this, CSRF_TOKEN_FACTORY, "newInstance")?;
        let token = dispatch(
            &csrf_token_factory::CLASS,
            factory.ptr,
            "newinstance",
            &mut [object_zval(this)],
            |_| csrf_token_factory::new_token(factory.ptr, this),
        )?;
        write(this, CSRF_TOKEN, token)?;
    }
    Ok(prop_copy(this, CSRF_TOKEN))
}

fn set_cookie_params(call: &Call) -> AuraResult<Owned> {
    let this = call.this;
    let params = call.array_arg(0, "params")?;
    if is_started(this)? {
        // The PHP library throws it without a message; the class and code
        // stay, the message says what to do instead.
        return Err(AuraError::AlreadyStarted(
            "The session has already started, so its cookie parameters can no longer change: call setCookieParams() before start()".into(),
        ));
    }
    let current = prop_copy(this, COOKIE_PARAMS);
    let merged = crate::engine::php_call::call_function(
        "array_merge",
        &mut [current.into_zval(), params.into_zval()],
    )?;
    write(this, COOKIE_PARAMS, merged.shallow_clone())?;
    php(this, "session_set_cookie_params", &mut [merged.into_zval()])?.discard()?;
    Ok(Owned::default())
}

fn get_cookie_params(call: &Call) -> AuraResult<Owned> {
    Ok(prop_copy(call.this, COOKIE_PARAMS))
}

fn regenerate_id(call: &Call) -> AuraResult<Owned> {
    lazy_lock::write(call.this, Needs::Resume, || native_regenerate_id(call.this))
}

/// In the opt-in modes the save handler is watched (see
/// `session_state::watching_saves`): a handler that throws or refuses
/// cannot leave the session locked. The default mode is the library's.
fn in_opt_in_watch<R>(f: impl FnOnce() -> AuraResult<R>) -> AuraResult<R> {
    if lazy_lock::enabled() || lifetime::limits().any() {
        session_state::watching_saves(f).0
    } else {
        f()
    }
}

fn native_regenerate_id(this: *mut zend_object) -> AuraResult<Owned> {
    let result = if lazy_lock::enabled() || lifetime::limits().any() {
        session_state::watching_saves(|| lifetime::regenerate_keeping_old(this)).0?
    } else {
        php(this, "session_regenerate_id", &mut [bool_zval(true)])?
    };
    if truthy(&result) {
        lifetime::after_regenerate()?;
        rotate_csrf_tokens(this)?;
    }
    Ok(result)
}

/// A new id gets new CSRF token values, once the session has a token.
pub fn rotate_csrf_tokens(this: *mut zend_object) -> AuraResult<()> {
    if with_prop(this, CSRF_TOKEN, truthy) {
        let token = hold(this, CSRF_TOKEN, "regenerateAllKeyValues")?;
        csrf_token::regenerate_all(token.ptr)?.discard()?;
    }
    Ok(())
}

fn get_expired_reason(call: &Call) -> AuraResult<Zval> {
    started_or_resumed(call.this)?;
    Ok(lifetime::expired_reason())
}

fn is_expired(call: &Call) -> AuraResult<Zval> {
    started_or_resumed(call.this)?;
    Ok(bool_zval(!lifetime::expired_reason().is_null()))
}

fn get_created_time(call: &Call) -> AuraResult<Zval> {
    stored_time(call.this, |stamps| stamps.created)
}

fn get_last_active_time(call: &Call) -> AuraResult<Zval> {
    stored_time(call.this, |stamps| stamps.active)
}

fn stored_time(this: *mut zend_object, pick: fn(&Stamps) -> i64) -> AuraResult<Zval> {
    if started_or_resumed(this)? {
        lifetime::stored_time(pick)
    } else {
        Ok(Zval::new())
    }
}

fn get_security_warnings(_call: &Call) -> AuraResult<Zval> {
    Ok(lifetime::security_warnings())
}

/// Every segment's current flashes are kept for the next request. All
/// segments are checked before any is changed.
fn keep_flash(call: &Call) -> AuraResult<Zval> {
    lazy_lock::write(call.this, Needs::Resume, || native_keep_flash(call.this))
}

fn native_keep_flash(this: *mut zend_object) -> AuraResult<Zval> {
    if started_or_resumed(this)? {
        let (next, now) = (keys::flash_next(), keys::flash_now());
        let names = bucket_names(&now)?;
        require_array_if_set(&[&next])?;
        for name in &names {
            superglobal::require_array(&[&now, name])?;
            require_array_if_set(&[&next, name])?;
        }
        for name in &names {
            superglobal::ensure_array(&[&next, name])?;
            superglobal::merge_into(&[&next, name], &[&next, name], &[&now, name])?;
        }
    }
    Ok(Zval::new())
}

/// Every segment's next-request flashes are cleared.
fn clear_flash(call: &Call) -> AuraResult<Zval> {
    lazy_lock::write(call.this, Needs::Resume, || native_clear_flash(call.this))
}

fn native_clear_flash(this: *mut zend_object) -> AuraResult<Zval> {
    if started_or_resumed(this)? {
        let next = keys::flash_next();
        for name in bucket_names(&next)? {
            superglobal::set_empty_array(&[&next, &name])?;
        }
    }
    Ok(Zval::new())
}

/// The segment names in a flash bucket, which must be an array if set.
fn bucket_names(bucket: &Key) -> AuraResult<Vec<Key>> {
    require_array_if_set(&[bucket])?;
    superglobal::keys(&[bucket])
}

/// Fails with the usual message when the path is set but not an array.
fn require_array_if_set(path: &[&Key]) -> AuraResult<()> {
    if superglobal::isset(path)? {
        superglobal::require_array(path)?;
    }
    Ok(())
}

/// Methods that return what one `session_*` function returns.
macro_rules! passthrough {
    ($($method:ident => $function:literal, $arity:literal;)*) => {
        $(
            fn $method(call: &Call) -> AuraResult<Owned> {
                let mut args: Vec<Zval> = (0..$arity).map(|i| call.arg_or_null(i).into_zval()).collect();
                php(call.this, $function, &mut args)
            }
        )*
    };
}

passthrough! {
    set_cache_expire => "session_cache_expire", 1;
    get_cache_expire => "session_cache_expire", 0;
    set_cache_limiter => "session_cache_limiter", 1;
    get_cache_limiter => "session_cache_limiter", 0;
    set_name => "session_name", 1;
    get_name_method => "session_name", 0;
    set_save_path => "session_save_path", 1;
    get_save_path => "session_save_path", 0;
    get_id => "session_id", 0;
}

crate::handlers! {
    construct_handler => construct;
    set_delete_cookie_handler => set_delete_cookie;
    get_segment_handler => get_segment_method;
    is_resumable_handler => is_resumable_method;
    is_started_handler => is_started_method;
    session_status_handler => session_status_method;
    start_handler => start_method;
    move_flash_handler => move_flash_method;
    resume_handler => resume_method;
    clear_handler => clear;
    commit_handler => commit;
    destroy_handler => destroy;
    get_csrf_token_handler => get_csrf_token;
    set_cache_expire_handler => set_cache_expire;
    get_cache_expire_handler => get_cache_expire;
    set_cache_limiter_handler => set_cache_limiter;
    get_cache_limiter_handler => get_cache_limiter;
    set_cookie_params_handler => set_cookie_params;
    get_cookie_params_handler => get_cookie_params;
    get_id_handler => get_id;
    regenerate_id_handler => regenerate_id;
    resume_bool_handler => resume_bool;
    regenerate_id_bool_handler => regenerate_id_bool;
    set_name_handler => set_name;
    get_name_handler => get_name_method;
    set_save_path_handler => set_save_path;
    get_save_path_handler => get_save_path;
    keep_flash_handler => keep_flash;
    clear_flash_handler => clear_flash;
    get_expired_reason_handler => get_expired_reason;
    is_expired_handler => is_expired;
    get_created_time_handler => get_created_time;
    get_last_active_time_handler => get_last_active_time;
    get_security_warnings_handler => get_security_warnings;
}

/// Registers the class of the library's line `line`: in 7.x it implements
/// `Aura\Session_Interface\SessionInterface` and declares `: bool` on
/// `start()`, `resume()` and `regenerateId()`.
pub fn register(line: Api) -> Result<()> {
    const METHODS: &[Method<'static>] = &[
        public(
            "__construct",
            &[
                typed(
                    "segment_factory",
                    DataType::object("Aura\\Session\\SegmentFactory"),
                ),
                typed(
                    "csrf_token_factory",
                    DataType::object("Aura\\Session\\CsrfTokenFactory"),
                ),
                typed("phpfunc", DataType::object("Aura\\Session\\Phpfunc")),
                typed("cookies", DataType::Array).or("[]"),
                optional("delete_cookie", "null"),
            ],
            construct_handler,
        ),
        public(
            "setDeleteCookie",
            &[param("delete_cookie")],
            set_delete_cookie_handler,
        ),
        public("getSegment", &[param("name")], get_segment_handler),
        public("isResumable", &[], is_resumable_handler),
        public("isStarted", &[], is_started_handler),
        protected("sessionStatus", session_status_handler),
        public("start", &[], start_handler),
        protected("moveFlash", move_flash_handler),
        public("resume", &[], resume_handler),
        public("clear", &[], clear_handler),
        public("commit", &[], commit_handler),
        public("destroy", &[], destroy_handler),
        public("getCsrfToken", &[], get_csrf_token_handler),
        public(
            "setCacheExpire",
            &[param("expire")],
            set_cache_expire_handler,
        ),
        public("getCacheExpire", &[], get_cache_expire_handler),
        public(
            "setCacheLimiter",
            &[param("limiter")],
            set_cache_limiter_handler,
        ),
        public("getCacheLimiter", &[], get_cache_limiter_handler),
        public(
            "setCookieParams",
            &[typed("params", DataType::Array)],
            set_cookie_params_handler,
        ),
        public("getCookieParams", &[], get_cookie_params_handler),
        public("getId", &[], get_id_handler),
        public("regenerateId", &[], regenerate_id_handler),
        public("setName", &[param("name")], set_name_handler),
        public("getName", &[], get_name_handler),
        public("setSavePath", &[param("path")], set_save_path_handler),
        public("getSavePath", &[], get_save_path_handler),
        public("keepFlash", &[], keep_flash_handler),
        public("clearFlash", &[], clear_flash_handler),
        public("getExpiredReason", &[], get_expired_reason_handler),
        public("isExpired", &[], is_expired_handler),
        public("getCreatedTime", &[], get_created_time_handler),
        public("getLastActiveTime", &[], get_last_active_time_handler),
        public("getSecurityWarnings", &[], get_security_warnings_handler),
    ];
    let methods: Vec<Method> = METHODS
        .iter()
        .map(|method| match (line, method.name) {
            (Api::V7, "start") => public("start", &[], start_handler).returning(DataType::Bool),
            (Api::V7, "resume") => {
                public("resume", &[], resume_bool_handler).returning(DataType::Bool)
            }
            (Api::V7, "regenerateId") => {
                public("regenerateId", &[], regenerate_id_bool_handler).returning(DataType::Bool)
            }
            _ => *method,
        })
        .collect();
    let mut class = with_methods(ClassBuilder::new("Aura\\Session\\Session"), &methods)
        .constant("FLASH_NEXT", keys::FLASH_NEXT, &[], ConstantFlags::Public)?
        .constant("FLASH_NOW", keys::FLASH_NOW, &[], ConstantFlags::Public)?;
    for name in PROPERTIES {
        class = class.property(crate::engine::method::property(
            name,
            match name {
                "cookie_params" => Some(empty_array_zval),
                "flash_moved" => Some(|| bool_zval(false)),
                _ => None,
            },
        ));
    }
    if let Api::V7 = line {
        class = class.implements(session_interface::SESSION_INFO);
    }
    BOOL_START.store(matches!(line, Api::V7), Ordering::Relaxed);
    class
        .registration(|ce, info| CLASS.store(ce, info))
        .register()
}
