//! `Aura\Session\SegmentInterface` and `Segment`: a named slice of
//! `$_SESSION` with its flash values under `Flash\Now` / `Flash\Next`.
//! Reads resume a session only when one can be resumed; writes start one.

use ext_php_rs::{
    builders::ClassBuilder,
    error::Result,
    ffi::zend_object,
    flags::{ClassFlags, DataType},
    types::Zval,
    zend::ClassEntry,
};

use crate::{
    classes::lazy_lock::{self, Needs},
    classes::session,
    engine::array::empty_array_zval,
    engine::guard::{Owned, release},
    engine::keys,
    classes::session_interface,
    engine::method::{
        Call, ClassSlot, Method, Param, dispatch, optional, param, property, protected, public,
        typed, with_methods,
    },
    engine::object::{Slot, hold, hold_if_object, prop_copy, prop_object, with_prop, write},
    engine::start_failure,
    engine::superglobal,
    engine::value::{
        Key, KeyUse, OffsetSite, bool_zval, offset_noticed, raise_offset_notice, truthy,
    },
    errors::{AuraError, AuraResult},
    rules::settings::Api,
};

pub static INTERFACE: ClassSlot = ClassSlot::new();
pub static CLASS: ClassSlot = ClassSlot::new();

const SESSION: Slot = Slot(0);
const NAME: Slot = Slot(1);

/// A new native `Segment` (what `SegmentFactory::newInstance()` returns).
pub fn create(session: Zval, name: Zval) -> Zval {
    CLASS.create([(SESSION, session), (NAME, name)])
}

#[inline(always)]
fn name_key(this: *mut zend_object, usage: KeyUse) -> AuraResult<Key> {
    with_prop(this, NAME, |name| Key::from_zval(name, usage))
}

// ---- the lazy-session steps, each overridable by a subclass ----

fn resume_session(this: *mut zend_object) -> AuraResult<bool> {
    if let session::Readiness::Ready | session::Readiness::Open = readiness(this) {
        native_load(this)?;
        return Ok(true);
    }
    dispatch(&CLASS, this, "resumesession", &mut [], |_| {
        native_resume_session(this).map(bool_zval)
    })?
    .into_truthy()
}

fn load(this: *mut zend_object) -> AuraResult<()> {
    dispatch(&CLASS, this, "load", &mut [], |_| native_load(this))?.discard()
}

fn resume_or_start(this: *mut zend_object) -> AuraResult<()> {
    dispatch(&CLASS, this, "resumeorstartsession", &mut [], |_| {
        native_resume_or_start(this)
    })?
    .discard()
}

/// For exactly a native segment, what resuming its session will answer if
/// that is known without any call (see `session::readiness`).
#[inline(always)]
fn readiness(this: *mut zend_object) -> session::Readiness {
    match prop_object(this, SESSION) {
        Some(session) if CLASS.is_exactly(this) => session::readiness(session),
        _ => session::Readiness::Unknown,
    }
}

/// Whether reading this segment runs no code a user could observe (no
/// user class is involved in resuming its session).
pub fn reads_silently(this: *mut zend_object) -> bool {
    !matches!(readiness(this), session::Readiness::Unknown)
}

/// `resumeSession()`, skipped when its answer is known to be false.
fn resumed(this: *mut zend_object) -> AuraResult<bool> {
    match readiness(this) {
        session::Readiness::NoSession => Ok(false),
        _ => resume_session(this),
    }
}

fn native_resume_session(this: *mut zend_object) -> AuraResult<bool> {
    let session = hold(this, SESSION, "isStarted")?;
    if session::started_or_resumed(session.ptr)? {
        load(this)?;
        return Ok(true);
    }
    Ok(false)
}

fn native_load(this: *mut zend_object) -> AuraResult<Zval> {
    if noticed(this, None) {
        for bucket in [None, Some(keys::flash_now()), Some(keys::flash_next())] {
            let path = spelled(this, bucket.as_ref(), None);
            if !isset_spelled(&path)? {
                set_spelled(&path, empty_array_zval())?;
            }
        }
        return Ok(Zval::new());
    }
    let name = name_key(this, KeyUse::Write)?;
    superglobal::load_segment(&name, &keys::flash_now(), &keys::flash_next())?;
    Ok(Zval::new())
}

/// Unlike the PHP library, a failed `session_start()` (false) stops the
/// write: the value would otherwise land in a `$_SESSION` that is never
/// saved. Any other answer, such as the null of an application's test
/// double for `Phpfunc`, goes on as the library does.
fn native_resume_or_start(this: *mut zend_object) -> AuraResult<Zval> {
    if !resumed(this)? {
        let session = hold(this, SESSION, "start")?;
        let before = start_failure::mark();
        let started = session::start(session.ptr)?;
        let failed = started.is_false();
        started.discard()?;
        if failed {
            return Err(AuraError::Session(format!(
                "Cannot start the session ({}), so nothing was written to it",
                start_failure::describe(&before)
            )));
        }
        load(this)?;
    }
    Ok(Zval::new())
}

// ---- the segment API, shared by PHP calls and native callers ----

/// The segment's arrays when no call is needed to resume: exactly a
/// native segment on a ready native session, already loaded.
#[inline(always)]
fn loaded(this: *mut zend_object, name: &Key) -> Option<superglobal::Loaded> {
    if let session::Readiness::Ready = readiness(this) {
        superglobal::loaded_segment(name, &keys::flash_now(), &keys::flash_next())
    } else {
        None
    }
}

/// Which of a loaded segment's arrays an operation uses.
#[derive(Clone, Copy)]
enum Bucket {
    Data,
    Now,
    Next,
}

impl Bucket {
    fn flash_key(self) -> Option<Key> {
        match self {
            Bucket::Data => None,
            Bucket::Now => Some(keys::flash_now()),
            Bucket::Next => Some(keys::flash_next()),
        }
    }

    fn pick(self, loaded: &superglobal::Loaded) -> *mut ext_php_rs::ffi::zval {
        match self {
            Bucket::Data => loaded.data,
            Bucket::Now => loaded.now,
            Bucket::Next => loaded.next,
        }
    }

    /// Runs `f` on the `$_SESSION` path of `key` in this bucket.
    fn with_path<R>(self, name: &Key, key: &Key, f: impl FnOnce(&[&Key]) -> R) -> R {
        match self {
            Bucket::Data => f(&[name, key]),
            Bucket::Now => f(&[&keys::flash_now(), name, key]),
            Bucket::Next => f(&[&keys::flash_next(), name, key]),
        }
    }
}

/// `isset(bucket[$key]) ? value : $alt`, after resuming.
fn read_bucket(
    this: *mut zend_object,
    bucket: Bucket,
    key: &Zval,
    alt: &Zval,
) -> AuraResult<Owned> {
    if noticed(this, Some(key)) {
        resumed(this)?;
        let path = spelled(this, bucket.flash_key().as_ref(), Some(key));
        return read_spelled(&path).map(|v| v.unwrap_or_else(|| alt.shallow_clone().into()));
    }
    match readiness(this) {
        session::Readiness::Ready => {
            if let Ok(name) = name_key(this, KeyUse::Read)
                && let Some(loaded) =
                    superglobal::loaded_segment(&name, &keys::flash_now(), &keys::flash_next())
            {
                let key = Key::from_zval(key, KeyUse::Read)?;
                return Ok(Owned::new(
                    superglobal::read_in(bucket.pick(&loaded), &key)
                        .unwrap_or_else(|| alt.shallow_clone()),
                ));
            }
            resume_session(this)?;
        }
        session::Readiness::Open => {
            if let Some(value) = read_open(this, bucket, key, alt)? {
                return Ok(value.into());
            }
            resume_session(this)?;
        }
        session::Readiness::NoSession => {}
        session::Readiness::Unknown => {
            resume_session(this)?;
        }
    }
    // `isset()` on an undefined `$_SESSION` is false whatever the offsets.
    if !superglobal::exists() {
        return Ok(alt.shallow_clone().into());
    }
    let name = name_key(this, KeyUse::Read)?;
    let key = Key::from_zval(key, KeyUse::Read)?;
    let found = bucket.with_path(&name, &key, superglobal::get_copy)?;
    record(bucket, &name, &key, found.as_deref())?;
    Ok(found.unwrap_or_else(|| alt.shallow_clone().into()))
}

/// `read_bucket()` between `aura_session.lazy_lock` cycles, recording
/// the read; `None` when the segment is not loaded yet.
fn read_open(
    this: *mut zend_object,
    bucket: Bucket,
    key: &Zval,
    alt: &Zval,
) -> AuraResult<Option<Zval>> {
    let name = name_key(this, KeyUse::Read)?;
    let Some(loaded) = superglobal::loaded_segment(&name, &keys::flash_now(), &keys::flash_next())
    else {
        return Ok(None);
    };
    let key = Key::from_zval(key, KeyUse::Read)?;
    let found = superglobal::read_in(bucket.pick(&loaded), &key);
    record(bucket, &name, &key, found.as_ref())?;
    Ok(Some(found.unwrap_or_else(|| alt.shallow_clone())))
}

/// Records a read for `aura_session.lazy_lock`; the current flashes
/// belong to the request that moved them and are not recorded.
fn record(bucket: Bucket, name: &Key, key: &Key, found: Option<&Zval>) -> AuraResult<()> {
    match bucket {
        Bucket::Now => Ok(()),
        _ => bucket.with_path(name, key, |path| lazy_lock::record(path, found)),
    }
}

/// Runs a write in its own `aura_session.lazy_lock` cycle when that is on.
fn in_cycle<R>(
    this: *mut zend_object,
    needs: Needs,
    op: impl FnOnce() -> AuraResult<R>,
) -> AuraResult<R> {
    match hold_if_object(this, SESSION) {
        Some(session) => lazy_lock::write(session.ptr, needs, op),
        None => op(),
    }
}

/// `bucket[$key] = $value` for each bucket (one or two), after resuming or
/// starting. Each write walks `$_SESSION` afresh and releases the value it
/// displaced before the next one, as the library's two assignments do: a
/// reference or a destructor may have changed what the next one reaches.
fn write_each(
    this: *mut zend_object,
    buckets: &[Bucket],
    key: &Zval,
    value: &Zval,
) -> AuraResult<()> {
    if noticed(this, Some(key)) {
        return in_cycle(this, Needs::Start, || {
            resume_or_start(this)?;
            // Broken targets are refused before anything is written, as
            // without a float; then one write after the other, as the PHP
            // library's statements run: a throwing error handler stops
            // before the next.
            for bucket in buckets {
                let path = spelled(this, bucket.flash_key().as_ref(), Some(key));
                let keys = keys_of(&path, KeyUse::Write)?;
                superglobal::check_writable(&keys.iter().collect::<Vec<_>>())?;
            }
            for bucket in buckets {
                let path = spelled(this, bucket.flash_key().as_ref(), Some(key));
                set_spelled(&path, value.shallow_clone())?;
            }
            Ok(())
        });
    }
    if !lazy_lock::has_reads_to_validate()
        && let Ok(name) = name_key(this, KeyUse::Write)
        && let Some(arrays) = loaded(this, &name)
    {
        let key = Key::from_zval(key, KeyUse::Write)?;
        return write_buckets(this, buckets, &name, &key, value, Some(arrays));
    }
    in_cycle(this, Needs::Start, || {
        write_each_started(this, buckets, key, value)
    })
}

/// `write_each()` once the session needs resuming or starting.
fn write_each_started(
    this: *mut zend_object,
    buckets: &[Bucket],
    key: &Zval,
    value: &Zval,
) -> AuraResult<()> {
    resume_or_start(this)?;
    let name = name_key(this, KeyUse::Write)?;
    let key = Key::from_zval(key, KeyUse::Write)?;
    // All or nothing: every target is checked before the first write.
    for bucket in buckets {
        bucket.with_path(&name, &key, superglobal::check_writable)?;
    }
    write_buckets(this, buckets, &name, &key, value, None)
}

#[inline(always)]
fn write_buckets(
    this: *mut zend_object,
    buckets: &[Bucket],
    name: &Key,
    key: &Key,
    value: &Zval,
    mut found: Option<superglobal::Loaded>,
) -> AuraResult<()> {
    for (step, bucket) in buckets.iter().enumerate() {
        let written = if step == 0 {
            superglobal::Written::Nothing
        } else {
            superglobal::Written::Before
        };
        let arrays = if step == 0 {
            found.take()
        } else {
            loaded(this, name)
        };
        let in_place = match arrays {
            Some(arrays) => {
                let array = bucket.pick(&arrays);
                arrays.write(array, key, value.shallow_clone())
            }
            None => Err(value.shallow_clone()),
        };
        match in_place {
            Ok(old) => release(old)?,
            Err(value) => bucket.with_path(name, key, |path| {
                superglobal::set_after(path, value, written)
            })?,
        }
    }
    Ok(())
}

/// `$segment->get($key, $alt)`.
pub fn get(this: *mut zend_object, key: &Zval, alt: &Zval) -> AuraResult<Owned> {
    read_bucket(this, Bucket::Data, key, alt)
}

/// `$segment->set($key, $value)`.
pub fn set(this: *mut zend_object, key: &Zval, value: &Zval) -> AuraResult<Zval> {
    write_each(this, &[Bucket::Data], key, value)?;
    Ok(Zval::new())
}

/// `$segment->getSegment()`.
pub fn get_segment(this: *mut zend_object) -> AuraResult<Owned> {
    resumed(this)?;
    if noticed(this, None) {
        return Ok(read_spelled(&spelled(this, None, None))?.unwrap_or_default());
    }
    let name = name_key(this, KeyUse::Read)?;
    let found = superglobal::get_copy(&[&name])?;
    lazy_lock::record(&[&name], found.as_deref())?;
    Ok(found.unwrap_or_default())
}

/// Empties this segment's array in each of `buckets` (when resumed).
fn clear_in(call: &Call, buckets: &[Option<Key>]) -> AuraResult<Zval> {
    in_cycle(call.this, Needs::Resume, || clear_now(call, buckets))
}

fn clear_now(call: &Call, buckets: &[Option<Key>]) -> AuraResult<Zval> {
    if resumed(call.this)? {
        if noticed(call.this, None) {
            for bucket in buckets {
                set_spelled(
                    &spelled(call.this, bucket.as_ref(), None),
                    empty_array_zval(),
                )?;
            }
            return Ok(Zval::new());
        }
        let name = name_key(call.this, KeyUse::Write)?;
        for bucket in buckets {
            match bucket {
                Some(bucket) => superglobal::set_empty_array(&[bucket, &name])?,
                None => superglobal::set_empty_array(&[&name])?,
            }
        }
    }
    Ok(Zval::new())
}

// ---- float and null keys and names, access by access as PHP code spells them ----
//
// PHP 8.1+ raises a deprecation each time a float that is not an integer
// is used as an array offset (8.5 warns instead for infinite and
// out-of-range ones), and PHP 8.5 deprecates null offsets. With such a key
// or segment name, each
// operation runs as the PHP library's statements do, one `$_SESSION`
// access after the other, so the deprecations come in the same number and
// order and a throwing error handler stops at the same point (an integral
// float such as 2.0 raises none). The handler may change
// `$_SESSION`: each access walks it afresh, holding no pointer into it
// while the handler runs, and every copy taken is released as a value
// displaced from the session is.

/// Whether PHP raises a diagnostic using the segment's name or `key` as an
/// offset.
#[inline(always)]
fn noticed(this: *mut zend_object, key: Option<&Zval>) -> bool {
    with_prop(this, NAME, offset_noticed) || key.is_some_and(offset_noticed)
}

/// `$_SESSION[$bucket][$this->name][$key]` with the offsets as PHP values.
fn spelled(this: *mut zend_object, bucket: Option<&Key>, key: Option<&Zval>) -> Vec<Owned> {
    let mut path = Vec::with_capacity(3);
    path.extend(bucket.map(|b| Owned::new(b.to_zval())));
    path.push(prop_copy(this, NAME));
    path.extend(key.map(|k| Owned::new(k.shallow_clone())));
    path
}

fn keys_of(path: &[Owned], usage: KeyUse) -> AuraResult<Vec<Key>> {
    path.iter()
        .map(|offset| Key::from_zval(offset, usage))
        .collect()
}

/// The deprecations of reading `$_SESSION[...path]`: an offset is
/// converted only when its container is an array. PHP reads from copies
/// of the containers, so what the handler changes does not alter the
/// read: which offsets convert, and the result, come from the state before.
fn deprecate_along(path: &[Owned]) -> AuraResult<()> {
    read_then_deprecate(path, |_| Ok(())).1
}

/// `f` on the converted keys of `path`, then the deprecations of reading
/// it: `f`'s answer and whether the deprecations let the method go on.
fn read_then_deprecate<R>(
    path: &[Owned],
    f: impl FnOnce(&[&Key]) -> AuraResult<R>,
) -> (AuraResult<R>, AuraResult<()>) {
    let converted = match converted_offsets(path) {
        Ok(converted) => converted,
        Err(e) => return (Err(AuraError::Thrown), Err(e)),
    };
    let result = keys_of(path, KeyUse::Read).and_then(|keys| f(&keys.iter().collect::<Vec<_>>()));
    let raised = path[..converted]
        .iter()
        .try_for_each(|offset| raise_offset_notice(offset, OffsetSite::Access));
    (result, raised)
}

/// How many leading offsets of `path` a read converts: those whose
/// container is an array.
fn converted_offsets(path: &[Owned]) -> AuraResult<usize> {
    let mut depth = 0;
    while depth < path.len() {
        match array_copy(&path[..depth])? {
            Some(container) => container.discard()?,
            None => break,
        }
        depth += 1;
    }
    Ok(depth)
}

/// The deprecations of `$_SESSION[...path] = ...`: an offset is converted
/// when its container is an array, missing or null (PHP makes it an array
/// first, and it stays one when the handler throws). PHP holds the
/// container while the handler runs and writes into it afterwards; `false`
/// means the handler replaced it, so the write lands in an array that is no
/// longer in the session.
fn deprecate_write(path: &[Owned]) -> AuraResult<bool> {
    for (depth, offset) in path.iter().enumerate() {
        if !offset_noticed(offset) {
            continue;
        }
        let container = &path[..depth];
        if depth > 0 {
            let keys = keys_of(container, KeyUse::Write)?;
            superglobal::ensure_array(&keys.iter().collect::<Vec<_>>())?;
        }
        let held = array_copy(container)?;
        if held.is_none() && depth > 0 {
            // Still not an array (a scalar): the write itself refuses it.
            return Ok(true);
        }
        let raised = raise_offset_notice(offset, OffsetSite::Access);
        let after = array_copy(container);
        let kept = match (&held, &after) {
            (Some(before), Ok(Some(now))) => same_array(before, now),
            (None, _) => true,
            _ => false,
        };
        // The last reference to a replaced array may go here, and its
        // values' destructors with it: nothing into `$_SESSION` is held.
        if let Some(held) = held {
            held.discard()?;
        }
        if let Some(now) = after? {
            now.discard()?;
        }
        raised?;
        if !kept {
            return Ok(false);
        }
    }
    Ok(true)
}

/// A counted copy of the array at `$_SESSION[...path]`, if one is there.
fn array_copy(path: &[Owned]) -> AuraResult<Option<Owned>> {
    let Ok(keys) = keys_of(path, KeyUse::Read) else {
        return Ok(None);
    };
    match superglobal::get_copy(&keys.iter().collect::<Vec<_>>()) {
        Ok(Some(value)) if value.is_array() => Ok(Some(value)),
        Ok(Some(other)) => other.discard().map(|()| None),
        Ok(None) | Err(_) => Ok(None),
    }
}

fn same_array(a: &Zval, b: &Zval) -> bool {
    matches!((a.array(), b.array()), (Some(x), Some(y)) if std::ptr::eq(x, y))
}

/// `unset($_SESSION[...path])`. PHP fetches the containers first (a
/// throwing handler stops there), but unsets even when the handler throws
/// for the last offset, and only then lets the exception through.
fn unset_spelled(path: &[Owned]) -> AuraResult<()> {
    let Some((last, containers)) = path.split_last() else {
        return Ok(());
    };
    deprecate_along(containers)?;
    let raised = match array_copy(containers)? {
        Some(container) => {
            container.discard()?;
            raise_offset_notice(last, OffsetSite::Unset)
        }
        None => Ok(()),
    };
    let keys = keys_of(path, KeyUse::Unset)?;
    superglobal::unset(&keys.iter().collect::<Vec<_>>())?;
    raised
}

/// `isset($_SESSION[...path])`.
fn isset_spelled(path: &[Owned]) -> AuraResult<bool> {
    let (found, raised) = read_then_deprecate(path, superglobal::isset);
    raised?;
    found
}

/// `isset($_SESSION[...path]) ? $_SESSION[...path] : null`.
fn read_spelled(path: &[Owned]) -> AuraResult<Option<Owned>> {
    if !isset_spelled(path)? {
        return Ok(None);
    }
    let (value, raised) = read_then_deprecate(path, superglobal::get_copy);
    if let Err(e) = raised {
        if let Ok(Some(value)) = value {
            value.discard()?;
        }
        return Err(e);
    }
    // Gone after isset()'s handler: PHP reads null (with a warning).
    Ok(Some(value?.unwrap_or_default()))
}

/// `$_SESSION[...path] = $value`.
fn set_spelled(path: &[Owned], value: Zval) -> AuraResult<()> {
    if !deprecate_write(path)? {
        return release(value);
    }
    let keys = keys_of(path, KeyUse::Write)?;
    superglobal::set(&keys.iter().collect::<Vec<_>>(), value)
}

/// `remove($key)`: `isset($_SESSION[$name])`, `array_key_exists()` and
/// `unset()` each access the segment once more.
fn remove_spelled(this: *mut zend_object, key: &Zval, removal: Removal) -> AuraResult<Zval> {
    let segment = spelled(this, None, None);
    if removal.whole(key) {
        unset_spelled(&segment)?;
        if let Removal::WithFlashes = removal {
            unset_spelled(&spelled(this, Some(&keys::flash_now()), None))?;
            unset_spelled(&spelled(this, Some(&keys::flash_next()), None))?;
        }
        return Ok(Zval::new());
    }
    let entry = spelled(this, None, Some(key));
    if !matches!(removal, Removal::WithFlashes) && !isset_spelled(&segment)? {
        return Ok(Zval::new());
    }
    // `array_key_exists()`: true for a null value too.
    let (exists, raised) = read_then_deprecate(&entry, superglobal::exists_at);
    raised?;
    if exists? {
        unset_spelled(&entry)?;
    }
    Ok(Zval::new())
}

/// What `remove($key)` removes, by the library's line.
#[derive(Clone, Copy)]
enum Removal {
    /// 4.x: a falsy key (null, '', 0, '0') removes the whole segment.
    Falsy,
    /// 6.x: only null removes the whole segment.
    Null,
    /// 7.x: null removes the segment and its current and next flashes.
    WithFlashes,
}

impl Removal {
    fn whole(self, key: &Zval) -> bool {
        match self {
            Removal::Falsy => !truthy(key),
            Removal::Null | Removal::WithFlashes => key.is_null(),
        }
    }
}

// ---- PHP methods ----

fn construct(call: &Call) -> AuraResult<Zval> {
    call.object_arg(0, "session", session::CLASS.get())?;
    write(call.this, SESSION, call.arg_or_null(0))?;
    write(call.this, NAME, call.arg_or_null(1))?;
    Ok(Zval::new())
}

/// Runs `f` with the `$key` argument: as passed (4.x), or as a method
/// declaring `string $key` takes it (6.x and 7.x, `TYPED`).
#[inline(always)]
fn with_key<const TYPED: bool, R>(
    call: &Call,
    f: impl FnOnce(&Zval) -> AuraResult<R>,
) -> AuraResult<R> {
    let key = call.arg_ref(0);
    if TYPED && !key.is_string() {
        let key = call.string_arg(0)?;
        f(&key)
    } else {
        f(key)
    }
}

fn get_method<const TYPED: bool>(call: &Call) -> AuraResult<Owned> {
    with_key::<TYPED, _>(call, |key| get(call.this, key, call.arg_ref(1)))
}

fn get_segment_method(call: &Call) -> AuraResult<Owned> {
    get_segment(call.this)
}

fn set_method<const TYPED: bool>(call: &Call) -> AuraResult<Zval> {
    with_key::<TYPED, _>(call, |key| set(call.this, key, call.arg_ref(1)))
}

fn clear(call: &Call) -> AuraResult<Zval> {
    clear_in(call, &[None])
}

/// The library's `remove($key)` of each line (`Removal`); it never starts
/// a session.
fn remove(call: &Call) -> AuraResult<Zval> {
    let key = call.arg_or_null(0);
    in_cycle(call.this, Needs::Resume, || remove_now(call.this, &key, Removal::Falsy))
}

fn remove_typed(call: &Call, removal: Removal) -> AuraResult<Zval> {
    let key = call.string_arg(0)?;
    in_cycle(call.this, Needs::Resume, || remove_now(call.this, &key, removal))
}

fn remove_6(call: &Call) -> AuraResult<Zval> {
    remove_typed(call, Removal::Null)
}

fn remove_7(call: &Call) -> AuraResult<Zval> {
    remove_typed(call, Removal::WithFlashes)
}

fn remove_now(this: *mut zend_object, key: &Zval, removal: Removal) -> AuraResult<Zval> {
    if resumed(this)? {
        if noticed(this, Some(key)) {
            return remove_spelled(this, key, removal);
        }
        let name = name_key(this, KeyUse::Unset)?;
        if removal.whole(key) {
            superglobal::unset(&[&name])?;
            if let Removal::WithFlashes = removal {
                superglobal::unset(&[&keys::flash_now(), &name])?;
                superglobal::unset(&[&keys::flash_next(), &name])?;
            }
        } else {
            let key = Key::from_zval(key, KeyUse::Unset)?;
            if superglobal::exists_at(&[&name, &key])? {
                superglobal::unset(&[&name, &key])?;
            }
        }
    }
    Ok(Zval::new())
}

fn set_flash<const TYPED: bool>(call: &Call) -> AuraResult<Zval> {
    with_key::<TYPED, _>(call, |key| {
        write_each(call.this, &[Bucket::Next], key, call.arg_ref(1))
    })?;
    Ok(Zval::new())
}

fn get_flash<const TYPED: bool>(call: &Call) -> AuraResult<Owned> {
    with_key::<TYPED, _>(call, |key| {
        read_bucket(call.this, Bucket::Now, key, call.arg_ref(1))
    })
}

/// `getFlashAll()` / `getFlashNextAll()` (7.x): the segment's whole flash
/// bucket, `[]` when there is none; never starts a session.
fn flash_all(call: &Call, bucket: Key) -> AuraResult<Owned> {
    let this = call.this;
    resumed(this)?;
    let found = if noticed(this, None) {
        read_spelled(&spelled(this, Some(&bucket), None))?
    } else {
        let name = name_key(this, KeyUse::Read)?;
        let found = superglobal::get_copy(&[&bucket, &name])?;
        lazy_lock::record(&[&bucket, &name], found.as_deref())?;
        found
    };
    match found {
        Some(value) if value.is_array() => Ok(value),
        Some(value) if !value.is_null() => Err(call.return_type_error("array", &value)),
        _ => Ok(Owned::new(empty_array_zval())),
    }
}

fn get_flash_all(call: &Call) -> AuraResult<Owned> {
    flash_all(call, keys::flash_now())
}

fn get_flash_next_all(call: &Call) -> AuraResult<Owned> {
    flash_all(call, keys::flash_next())
}

fn clear_flash(call: &Call) -> AuraResult<Zval> {
    clear_in(call, &[Some(keys::flash_next())])
}

fn get_flash_next<const TYPED: bool>(call: &Call) -> AuraResult<Owned> {
    with_key::<TYPED, _>(call, |key| {
        read_bucket(call.this, Bucket::Next, key, call.arg_ref(1))
    })
}

fn set_flash_now<const TYPED: bool>(call: &Call) -> AuraResult<Zval> {
    with_key::<TYPED, _>(call, |key| {
        write_each(call.this, &[Bucket::Now, Bucket::Next], key, call.arg_ref(1))
    })?;
    Ok(Zval::new())
}

fn clear_flash_now(call: &Call) -> AuraResult<Zval> {
    clear_in(call, &[Some(keys::flash_now()), Some(keys::flash_next())])
}

/// `NEXT[$name] = array_merge(NEXT[$name], NOW[$name])`.
fn keep_flash(call: &Call) -> AuraResult<Zval> {
    in_cycle(call.this, Needs::Resume, || keep_flash_now(call))
}

fn keep_flash_now(call: &Call) -> AuraResult<Zval> {
    if resumed(call.this)? {
        if noticed(call.this, None) {
            // The right-hand side is read first, then the target is written.
            let next = spelled(call.this, Some(&keys::flash_next()), None);
            deprecate_along(&spelled(call.this, Some(&keys::flash_next()), None))?;
            deprecate_along(&spelled(call.this, Some(&keys::flash_now()), None))?;
            if !deprecate_write(&next)? {
                return Ok(Zval::new());
            }
        }
        let name = name_key(call.this, KeyUse::Write)?;
        let (now, next) = (keys::flash_now(), keys::flash_next());
        superglobal::merge_into(&[&next, &name], &[&next, &name], &[&now, &name])?;
    }
    Ok(Zval::new())
}

fn resume_session_method(call: &Call) -> AuraResult<Zval> {
    native_resume_session(call.this).map(bool_zval)
}

fn load_method(call: &Call) -> AuraResult<Zval> {
    native_load(call.this)
}

fn resume_or_start_method(call: &Call) -> AuraResult<Zval> {
    native_resume_or_start(call.this)
}

crate::handlers! {
    construct_handler => construct;
    get_handler => get_method::<false>;
    get_typed_handler => get_method::<true>;
    get_segment_handler => get_segment_method;
    set_handler => set_method::<false>;
    set_typed_handler => set_method::<true>;
    clear_handler => clear;
    remove_handler => remove;
    remove_6_handler => remove_6;
    remove_7_handler => remove_7;
    set_flash_handler => set_flash::<false>;
    set_flash_typed_handler => set_flash::<true>;
    get_flash_handler => get_flash::<false>;
    get_flash_typed_handler => get_flash::<true>;
    get_flash_all_handler => get_flash_all;
    clear_flash_handler => clear_flash;
    get_flash_next_handler => get_flash_next::<false>;
    get_flash_next_typed_handler => get_flash_next::<true>;
    get_flash_next_all_handler => get_flash_next_all;
    set_flash_now_handler => set_flash_now::<false>;
    set_flash_now_typed_handler => set_flash_now::<true>;
    clear_flash_now_handler => clear_flash_now;
    keep_flash_handler => keep_flash;
    resume_session_handler => resume_session_method;
    load_handler => load_method;
    resume_or_start_handler => resume_or_start_method;
}

/// The segment API of each library line, in that line's order.
fn api(line: Api) -> Vec<Method<'static>> {
    const KEY_ALT: &[Param] = &[param("key"), optional("alt", "null")];
    const KEY_VAL: &[Param] = &[param("key"), param("val")];
    const REMOVE: &[Param] = &[optional("key", "null")];
    // 6.x: `string $key`, `?string $key = null` for remove().
    const KEY_ALT_6: &[Param] = &[typed("key", DataType::String), optional("alt", "null")];
    const KEY_VAL_6: &[Param] = &[typed("key", DataType::String), param("val")];
    const REMOVE_6: &[Param] = &[typed("key", DataType::String).or_null().or("null")];
    // 7.x: `mixed` declared too, and return types.
    const KEY_ALT_7: &[Param] = &[
        typed("key", DataType::String),
        typed("alt", DataType::Mixed).or("null"),
    ];
    const KEY_VAL_7: &[Param] = &[typed("key", DataType::String), typed("val", DataType::Mixed)];
    match line {
        Api::V4 => vec![
            public("get", KEY_ALT, get_handler),
            public("getSegment", &[], get_segment_handler),
            public("set", KEY_VAL, set_handler),
            public("clear", &[], clear_handler),
            public("remove", REMOVE, remove_handler),
            public("setFlash", KEY_VAL, set_flash_handler),
            public("getFlash", KEY_ALT, get_flash_handler),
            public("clearFlash", &[], clear_flash_handler),
            public("getFlashNext", KEY_ALT, get_flash_next_handler),
            public("setFlashNow", KEY_VAL, set_flash_now_handler),
            public("clearFlashNow", &[], clear_flash_now_handler),
            public("keepFlash", &[], keep_flash_handler),
        ],
        Api::V6 => vec![
            public("get", KEY_ALT_6, get_typed_handler),
            public("getSegment", &[], get_segment_handler),
            public("set", KEY_VAL_6, set_typed_handler),
            public("clear", &[], clear_handler),
            public("remove", REMOVE_6, remove_6_handler),
            public("setFlash", KEY_VAL_6, set_flash_typed_handler),
            public("getFlash", KEY_ALT_6, get_flash_typed_handler),
            public("clearFlash", &[], clear_flash_handler),
            public("getFlashNext", KEY_ALT_6, get_flash_next_typed_handler),
            public("setFlashNow", KEY_VAL_6, set_flash_now_typed_handler),
            public("clearFlashNow", &[], clear_flash_now_handler),
            public("keepFlash", &[], keep_flash_handler),
        ],
        Api::V7 => {
            use DataType::{Array, Mixed, Void};
            vec![
                public("get", KEY_ALT_7, get_typed_handler).returning(Mixed),
                public("getSegment", &[], get_segment_handler).returning(Mixed),
                public("set", KEY_VAL_7, set_typed_handler).returning(Void),
                public("clear", &[], clear_handler).returning(Void),
                public("remove", REMOVE_6, remove_7_handler).returning(Void),
                public("setFlash", KEY_VAL_7, set_flash_typed_handler).returning(Void),
                public("getFlash", KEY_ALT_7, get_flash_typed_handler).returning(Mixed),
                public("getFlashAll", &[], get_flash_all_handler).returning(Array),
                public("clearFlash", &[], clear_flash_handler).returning(Void),
                public("getFlashNext", KEY_ALT_7, get_flash_next_typed_handler)
                    .returning(Mixed),
                public("getFlashNextAll", &[], get_flash_next_all_handler).returning(Array),
                public("setFlashNow", KEY_VAL_7, set_flash_now_typed_handler).returning(Void),
                public("clearFlashNow", &[], clear_flash_now_handler).returning(Void),
                public("keepFlash", &[], keep_flash_handler).returning(Void),
            ]
        }
    }
}

fn interface_ce() -> &'static ClassEntry {
    INTERFACE
        .get()
        .unwrap_or_else(ext_php_rs::zend::ce::stdclass)
}

/// Registers the interface and the class of the library's line `line`.
/// In 7.x the interface declares nothing of its own: it joins the shared
/// contracts of `Aura\Session_Interface` (registered first).
pub fn register(line: Api) -> Result<()> {
    let api = api(line);
    let interface = ClassBuilder::new("Aura\\Session\\SegmentInterface").flags(ClassFlags::Interface);
    let interface = if let Api::V7 = line {
        session_interface::SEGMENT_PARTS
            .iter()
            .fold(interface, |interface, part| interface.implements(*part))
    } else {
        let abstract_api: Vec<_> = api.iter().map(|method| method.as_abstract()).collect();
        with_methods(interface, &abstract_api)
    };
    interface
        .registration(|ce, info| INTERFACE.store(ce, info))
        .register()?;
    if !matches!(line, Api::V7) {
        INTERFACE.declare_mixed(&api);
    }

    const CONSTRUCT: &[Param] = &[
        typed("session", DataType::object("Aura\\Session\\Session")),
        param("name"),
    ];
    let mut methods = vec![public("__construct", CONSTRUCT, construct_handler)];
    methods.extend(api);
    methods.push(protected("resumeSession", resume_session_handler));
    methods.push(protected("load", load_handler));
    methods.push(protected("resumeOrStartSession", resume_or_start_handler));
    with_methods(ClassBuilder::new("Aura\\Session\\Segment"), &methods)
        .property(property("session", None))
        .property(property("name", None))
        .implements((interface_ce, "Aura\\Session\\SegmentInterface"))
        .registration(|ce, info| CLASS.store(ce, info))
        .register()?;
    CLASS.declare_mixed(&methods);
    Ok(())
}
