//! Reads and writes of the real `$_SESSION`, with PHP's own semantics:
//! copy-on-write separation (a PHP copy of a segment never changes behind
//! the user's back), references kept working, numeric keys as integers.
//!
//! A path is a list of keys below `$_SESSION`. Containers on the way that do
//! not exist (or hold null) are created as arrays on write, as PHP does;
//! anything else that is not an array is refused with an exception before
//! anything is changed.

use std::ptr;

use ext_php_rs::{
    ffi::{
        HashTable, IS_ARRAY, IS_ARRAY_EX, IS_INDIRECT, IS_NULL, IS_UNDEF,
        ext_php_rs_executor_globals, zend_hash_del, zend_hash_find, zend_hash_index_del,
        zend_hash_next_index_insert, zend_hash_str_find, zend_hash_str_update, zend_hash_update,
        zend_ulong, zval,
    },
    types::Zval,
};

use crate::{
    engine::array::{
        assign, deref, empty_array_zval, entries, find, insert, new_array_zval, replace_value,
        separate, type_of, typed_reference, zend_verify_ref_array_assignable,
    },
    engine::guard::{Owned, guarded, release},
    engine::value::{Key, deref_value, type_name},
    errors::{AuraError, AuraResult},
};

const SESSION_VAR: &str = "_SESSION";

/// The `$_SESSION` slot in the global symbol table, following the indirection
/// to the main script's variable but not the reference `session_start()` makes.
///
/// While a session is active and user code has unset `$_SESSION`, the
/// global is linked to the session module's variable again, as
/// `session_start()` links it: the session's data stays visible, and a value
/// written is saved instead of landing in a detached array that is dropped
/// at the end of the request. Without a session, a write (`create`) makes a
/// plain global, as PHP would.
#[inline(always)]
fn root_slot(create: bool) -> *mut zval {
    // SAFETY: the executor globals exist for the whole request; the symbol
    // table pointer is used before any call back into PHP.
    unsafe {
        let eg = ext_php_rs_executor_globals();
        let table = &raw mut (*eg).symbol_table;
        let interned = crate::engine::keys::session_var();
        let mut slot = if interned.is_null() {
            zend_hash_str_find(table, SESSION_VAR.as_ptr().cast(), SESSION_VAR.len())
        } else {
            zend_hash_find(table, interned)
        };
        if !slot.is_null() && type_of(slot) == IS_INDIRECT {
            slot = (*slot).value.zv;
        }
        if !(slot.is_null() || type_of(slot) == IS_UNDEF) {
            return slot;
        }
        let mut value = Zval::new();
        value.u1.type_info = IS_NULL;
        match crate::engine::session_state::active_vars() {
            Some(vars) => value = (*vars.cast::<Zval>()).shallow_clone(),
            None if !create => return slot,
            None => {}
        }
        if slot.is_null() {
            zend_hash_str_update(
                table,
                SESSION_VAR.as_ptr().cast(),
                SESSION_VAR.len(),
                (&raw mut *std::mem::ManuallyDrop::new(value)).cast(),
            )
        } else {
            drop(replace_value(slot, value));
            slot
        }
    }
}

/// How a path reads for error messages: `$_SESSION['a'][1]`.
fn describe(path: &[&Key]) -> String {
    let mut out = String::from("$_SESSION");
    for key in path {
        out.push('[');
        out.push_str(&key.describe());
        out.push(']');
    }
    out
}

fn not_an_array(path: &[&Key], holder: *const zval, written: Written) -> AuraError {
    // SAFETY: `holder` is null or a live zval owned by the session array.
    let found = unsafe { holder.cast::<Zval>().as_ref() }.map_or_else(|| "null".into(), type_name);
    AuraError::Session(format!(
        "{} holds {} instead of an array; {}",
        describe(path),
        article(&found),
        match written {
            Written::Nothing => "the session was left unchanged",
            Written::Before => "the values this call wrote before stay",
        }
    ))
}

fn article(type_name: &str) -> String {
    match type_name {
        "null" => "null".into(),
        "int" | "array" | "object" => format!("an {type_name}"),
        t if t.starts_with(['A', 'E', 'I', 'O', 'U']) => format!("an {t} object"),
        t if !matches!(t, "bool" | "float" | "string" | "resource") => format!("a {t} object"),
        t => format!("a {t}"),
    }
}

/// Empties `$_SESSION` and hands back the array it held. PHP's
/// `session_unset()` cleans the array in place, so a destructor it runs
/// can write into the table being cleaned; with the data taken out first,
/// it cleans an empty array, and the caller releases the old data once
/// the session is in a state where such writes are harmless.
pub fn take_all() -> Option<Owned> {
    let root = root_slot(false);
    if root.is_null() {
        return None;
    }
    let slot = deref(root);
    (type_of(slot) == IS_ARRAY).then(|| Owned::new(replace_value(slot, empty_array_zval())))
}

/// Whether `$_SESSION` is defined (set and not null).
pub fn exists() -> bool {
    let root = root_slot(false);
    !root.is_null() && type_of(deref(root)) > IS_NULL
}

/// The slot at `path`, dereferenced, or `None` when some key is missing. A
/// container on the way that exists but is not an array is an error: PHP
/// would read string offsets or objects there. The pointer is only good
/// until the next change to `$_SESSION` or call into PHP.
fn locate(path: &[&Key]) -> AuraResult<Option<*mut zval>> {
    let mut cur = root_slot(false);
    if cur.is_null() {
        return Ok(None);
    }
    cur = deref(cur);
    for (depth, key) in path.iter().enumerate() {
        match type_of(cur) {
            IS_ARRAY => {}
            IS_NULL | IS_UNDEF => return Ok(None),
            _ => return Err(not_an_array(&path[..depth], cur, Written::Nothing)),
        }
        // SAFETY: `cur` holds an array.
        cur = find(unsafe { (*cur).value.arr }, key);
        if cur.is_null() {
            return Ok(None);
        }
        cur = deref(cur);
    }
    Ok((type_of(cur) != IS_UNDEF).then_some(cur))
}

/// `array_key_exists()` of the last key: set, even to null.
pub fn exists_at(path: &[&Key]) -> AuraResult<bool> {
    Ok(locate(path)?.is_some())
}

/// `isset()` of the path.
pub fn isset(path: &[&Key]) -> AuraResult<bool> {
    Ok(locate(path)?.is_some_and(|v| type_of(v) > IS_NULL))
}

/// A copy of the value at the path (arrays are shared copy-on-write); null
/// counts as unset.
pub fn get_copy(path: &[&Key]) -> AuraResult<Option<Owned>> {
    Ok(locate(path)?
        .filter(|&v| type_of(v) > IS_NULL)
        // SAFETY: a located slot is live until the next change.
        .map(|v| Owned::new(unsafe { &*v.cast::<Zval>() }.shallow_clone())))
}

/// Whether a change already made in this method stays when a later step is
/// refused (a reference can turn a checked container into something else).
#[derive(Clone, Copy, PartialEq)]
pub enum Written {
    Nothing,
    Before,
}

/// Walks to the container of the last key, creating and separating arrays.
/// Returns the array to write into, good until the next change.
fn container_for_write(path: &[&Key], written: Written) -> AuraResult<*mut HashTable> {
    locate_writable(path, written)?;
    let mut cur = root_slot(true);
    for key in path.iter().take(path.len().saturating_sub(1)) {
        let ht = array_at(cur)?;
        let mut slot = find(ht, key);
        if slot.is_null() {
            slot = insert(ht, key, Zval::new());
        }
        cur = slot;
    }
    array_at(cur)
}

/// The array a container slot holds for writing: a null or undefined slot
/// becomes an empty array (unless it is a reference to a typed property that
/// cannot hold one: PHP's `TypeError`), and a shared array is separated.
fn array_at(slot: *mut zval) -> AuraResult<*mut HashTable> {
    let zv = deref(slot);
    if type_of(zv) != IS_ARRAY {
        if let Some(reference) = typed_reference(slot)
            // SAFETY: a live reference; the engine throws when the property's
            // type has no room for an array.
            && !unsafe { zend_verify_ref_array_assignable(reference) }
        {
            return Err(AuraError::Thrown);
        }
        // Only null or undefined slots reach here (checked before), and
        // dropping those runs nothing.
        drop(replace_value(zv, new_array_zval()));
    }
    Ok(separate(zv))
}

/// Refuses before any change when a container on the path is not an array
/// (the same walk as a read, which fails at exactly those containers).
pub fn check_writable(path: &[&Key]) -> AuraResult<()> {
    locate_writable(path, Written::Nothing)
}

fn locate_writable(path: &[&Key], written: Written) -> AuraResult<()> {
    match locate(path) {
        Err(AuraError::Session(_)) if written == Written::Before => {
            // Name the same container, and say that earlier writes stay.
            let depth = (0..path.len())
                .find(|&d| locate(&path[..=d]).is_err())
                .unwrap_or(0);
            let holder = locate(&path[..depth])?.unwrap_or(ptr::null_mut());
            Err(not_an_array(&path[..depth], holder, Written::Before))
        }
        other => other.map(drop),
    }
}

/// Fails unless the path holds an array, null and nothing included.
pub fn require_array(path: &[&Key]) -> AuraResult<()> {
    array_of(path).map(drop)
}

fn array_of(path: &[&Key]) -> AuraResult<*mut HashTable> {
    match locate(path)? {
        // SAFETY: the value holds an array.
        Some(v) if type_of(v) == IS_ARRAY => Ok(unsafe { (*v).value.arr }),
        Some(v) => Err(not_an_array(path, v, Written::Nothing)),
        None => Err(AuraError::Session(format!("{} is not set", describe(path)))),
    }
}

/// `$_SESSION[...path] = $value`, with every container walked afresh. An
/// existing reference at the target keeps being a reference and receives
/// the value (type-checked when it is bound to a typed property). The old
/// value is released after the write, with nothing of the walk kept.
pub fn set(path: &[&Key], value: Zval) -> AuraResult<()> {
    set_after(path, value, Written::Nothing)
}

/// `set()` as a later step of a method that already wrote.
pub fn set_after(path: &[&Key], value: Zval, written: Written) -> AuraResult<()> {
    let Some((last, _)) = path.split_last() else {
        return Ok(());
    };
    let ht = container_for_write(path, written)?;
    let slot = find(ht, last);
    if slot.is_null() {
        insert(ht, last, value);
        return Ok(());
    }
    let old = assign(slot, value)?;
    release(old)
}

/// Sets the path to `[]` unless it is set (`isset`), as the segment loader does.
pub fn ensure_array(path: &[&Key]) -> AuraResult<()> {
    if !isset(path)? {
        set(path, empty_array_zval())?;
    }
    Ok(())
}

/// The segment loader: `$_SESSION[$name]`, `NOW[$name]` and `NEXT[$name]`
/// each set to `[]` unless set. Checks all three with one walk first, since
/// after the first call of a request they are always there.
pub fn load_segment(name: &Key, now: &Key, next: &Key) -> AuraResult<()> {
    if loaded_segment(name, now, next).is_some() {
        return Ok(());
    }
    ensure_array(&[name])?;
    ensure_array(&[now, name])?;
    ensure_array(&[next, name])
}

/// A loaded segment's three arrays and their containers, found in one walk.
/// The pointers are good for one read or one write: any change to
/// `$_SESSION` may move or free what they point at.
pub struct Loaded {
    root: *mut zval,
    now_bucket: *mut zval,
    next_bucket: *mut zval,
    pub data: *mut zval,
    pub now: *mut zval,
    pub next: *mut zval,
}

impl Loaded {
    /// `$array[$key] = $value` in place, when no container above the array
    /// is shared (the array itself is separated as PHP would) and the target
    /// is no typed reference. `Err` hands the value back for the general
    /// path. `Ok` holds the old value, for the caller to `release()`.
    /// Consumes the walk: its pointers may be stale after the write.
    #[inline(always)]
    pub fn write(self, array: *mut zval, key: &Key, value: Zval) -> Result<Zval, Zval> {
        let bucket = if ptr::eq(array, self.now) {
            self.now_bucket
        } else if ptr::eq(array, self.next) {
            self.next_bucket
        } else {
            self.root
        };
        if !(unshared(self.root) && unshared(bucket)) {
            return Err(value);
        }
        let ht = separate(array);
        let slot = find(ht, key);
        if slot.is_null() {
            insert(ht, key, value);
            return Ok(Zval::new());
        }
        if typed_reference(slot).is_some() {
            return Err(value);
        }
        // SAFETY: the old value moves out before the new one moves in.
        Ok(replace_value(deref(slot), value))
    }
}

fn unshared(zv: *mut zval) -> bool {
    // SAFETY: callers pass array zvals.
    unsafe {
        let arr = (*zv).value.arr;
        !(*arr).is_immutable() && (*arr).gc.refcount == 1
    }
}

/// The segment's arrays when all three are set and hold arrays (the state
/// after `load()`), or `None` for the general path to handle.
#[inline(always)]
pub fn loaded_segment(name: &Key, now: &Key, next: &Key) -> Option<Loaded> {
    let root = root_slot(false);
    if root.is_null() {
        return None;
    }
    let root = deref(root);
    let array_in = |container: *mut zval, key: &Key| -> Option<*mut zval> {
        // SAFETY: `container` holds an array; found slots are live.
        let slot = find(unsafe { (*container).value.arr }, key);
        if slot.is_null() {
            return None;
        }
        let slot = deref(slot);
        (type_of(slot) == IS_ARRAY).then_some(slot)
    };
    if type_of(root) != IS_ARRAY {
        return None;
    }
    let data = array_in(root, name)?;
    let now_bucket = array_in(root, now)?;
    let next_bucket = array_in(root, next)?;
    let now_data = array_in(now_bucket, name)?;
    let next_data = array_in(next_bucket, name)?;
    Some(Loaded {
        root,
        now_bucket,
        next_bucket,
        data,
        now: now_data,
        next: next_data,
    })
}

/// A copy of `$array[$key]` from a loaded array (null counts as unset).
pub fn read_in(array: *mut zval, key: &Key) -> Option<Zval> {
    // SAFETY: `array` is a live array zval from `loaded_segment`.
    let slot = find(unsafe { (*array).value.arr }, key);
    if slot.is_null() {
        return None;
    }
    let value = deref(slot);
    // SAFETY: live slot.
    (type_of(value) > IS_NULL).then(|| unsafe { &*value.cast::<Zval>() }.shallow_clone())
}

/// `$_SESSION[...path] = []`.
pub fn set_empty_array(path: &[&Key]) -> AuraResult<()> {
    set(path, empty_array_zval())
}

/// `unset($_SESSION[...path])`; the removed value is released afterwards.
pub fn unset(path: &[&Key]) -> AuraResult<()> {
    let Some((last, parent)) = path.split_last() else {
        return Ok(());
    };
    if locate(parent)?.is_none_or(|c| type_of(c) != IS_ARRAY) {
        return Ok(());
    }
    let ht = container_for_write(path, Written::Nothing)?;
    let slot = find(ht, last);
    if slot.is_null() {
        return Ok(());
    }
    // SAFETY: `slot` is live. The copy keeps the value alive through the
    // delete, so its destructor runs in `release`, after the table is done.
    let old = unsafe { &*slot.cast::<Zval>() }.shallow_clone();
    let key = last.zend_string();
    guarded(|| unsafe {
        match last {
            Key::Int(i) => zend_hash_index_del(ht, *i as zend_ulong),
            Key::Str(_) => zend_hash_del(ht, key.unwrap_or(ptr::null_mut())),
        }
    })?;
    release(old)
}

/// The keys of the array at the path (empty when it is not an array).
pub fn keys(path: &[&Key]) -> AuraResult<Vec<Key>> {
    Ok(match locate(path)? {
        // SAFETY: the value holds an array; the walk collects owned keys.
        Some(value) if type_of(value) == IS_ARRAY => entries(unsafe { (*value).value.arr })
            .into_iter()
            .map(|(k, _)| k)
            .collect(),
        _ => Vec::new(),
    })
}

/// `$_SESSION[...path] = array_merge($_SESSION[...a], $_SESSION[...b])` where
/// both hold arrays: string keys overwrite, integer keys are renumbered.
/// As `array_merge()`'s arguments do, each source array is held while it is
/// walked, so PHP code run by a drop (a displaced value, released at once as
/// PHP releases it) that writes to it separates a copy instead of changing
/// the array under the walk.
pub fn merge_into(target: &[&Key], first: &[&Key], second: &[&Key]) -> AuraResult<()> {
    if let Some(whole) = merge_without_copy(first, second)? {
        return set(target, whole);
    }
    let merged = new_array_zval();
    // SAFETY: `merged` owns a fresh array no one else sees.
    let out = unsafe { merged.value.arr };
    // Both arguments are taken before the merge runs, as PHP evaluates a
    // call's arguments: a destructor run during the walk of the first (a
    // displaced value, or the cycle collector) may unset the second.
    let sources = [
        Owned::new(array_copy(first)?),
        Owned::new(array_copy(second)?),
    ];
    for held in sources {
        // SAFETY: `held` keeps the array alive and unchanged for the walk.
        for (key, item) in entries(unsafe { held.value.arr }) {
            // SAFETY: `item` is a live slot of the held array.
            let item = std::mem::ManuallyDrop::new(merge_copy(unsafe { &*item.cast::<Zval>() }));
            let item = &raw const *item as *mut zval;
            // SAFETY: the fresh array takes over the copied value.
            let displaced = unsafe {
                match key {
                    Key::Int(_) => {
                        zend_hash_next_index_insert(out, item);
                        None
                    }
                    Key::Str(_) => {
                        let old = find(out, &key);
                        if old.is_null() {
                            zend_hash_update(
                                out,
                                key.zend_string().unwrap_or(ptr::null_mut()),
                                item,
                            );
                            None
                        } else {
                            Some(replace_value(old, ptr::read(item.cast::<Zval>())))
                        }
                    }
                }
            };
            if let Some(old) = displaced {
                release(old)?;
            }
        }
        held.discard()?;
    }
    set(target, merged)
}

/// `HASH_FLAG_PACKED` of zend_hash.h (the same in PHP 8.2 to 8.4), which
/// the bindings leave out.
const HASH_FLAG_PACKED: u32 = 1 << 2;

/// `array_merge()` of two arrays one of which is empty returns the other
/// array itself when merging would not renumber it (packed without holes,
/// or string keys only): the same array, so its references are neither
/// dereferenced nor counted once more. Copying instead would leave a
/// reference shared that PHP leaves to a single owner.
fn merge_without_copy(first: &[&Key], second: &[&Key]) -> AuraResult<Option<Zval>> {
    let (a, b) = (array_of(first)?, array_of(second)?);
    // SAFETY: both are live arrays; only their counters, flags and keys are
    // read, and nothing runs PHP code before the copy is taken.
    let (other, array) = unsafe {
        if (*a).nNumOfElements == 0 {
            (second, b)
        } else if (*b).nNumOfElements == 0 {
            (first, a)
        } else {
            return Ok(None);
        }
    };
    // SAFETY: as above.
    let keeps_keys = unsafe {
        if (*array).u.flags & HASH_FLAG_PACKED != 0 {
            (*array).nNumUsed == (*array).nNumOfElements
        } else {
            entries(array)
                .iter()
                .all(|(key, _)| matches!(key, Key::Str(_)))
        }
    };
    if keeps_keys {
        array_copy(other).map(Some)
    } else {
        Ok(None)
    }
}

/// A counted copy of the array at the path (its walk stays valid whatever
/// PHP code does to `$_SESSION` meanwhile).
fn array_copy(path: &[&Key]) -> AuraResult<Zval> {
    let array = array_of(path)?;
    let mut copy = Zval::new();
    // SAFETY: `array` is live; the copy takes its own reference to it.
    unsafe {
        copy.u1.type_info = if (*array).is_immutable() {
            IS_ARRAY
        } else {
            (*array).gc.refcount += 1;
            IS_ARRAY_EX
        };
        copy.value.arr = array;
    }
    Ok(copy)
}

/// What `array_merge` copies: a reference only used by the source array
/// becomes a plain value, a shared one stays shared.
fn merge_copy(item: &Zval) -> Zval {
    if item.is_reference() {
        // SAFETY: a reference zval points at a live `zend_reference`.
        let refcount = unsafe { (*item.value.ref_).gc.refcount };
        if refcount == 1 {
            return deref_value(item).shallow_clone();
        }
    }
    item.shallow_clone()
}

/// `$_SESSION[to] = $_SESSION[from]` (a copy-on-write copy of the value).
pub fn copy(to: &[&Key], from: &[&Key]) -> AuraResult<()> {
    let value = match locate(from)? {
        // SAFETY: a located slot is live until the next change.
        Some(v) => unsafe { &*v.cast::<Zval>() }.shallow_clone(),
        None => Zval::new(),
    };
    set(to, value)
}
