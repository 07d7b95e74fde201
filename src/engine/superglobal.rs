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
        HashTable, IS_ARRAY, IS_INDIRECT, IS_NULL, IS_UNDEF, ext_php_rs_executor_globals,
        zend_hash_del, zend_hash_find, zend_hash_index_del, zend_hash_next_index_insert,
        zend_hash_str_find, zend_hash_str_update, zend_hash_update, zend_ulong, zval,
    },
    types::Zval,
};

use crate::{
    engine::array::{
        deref, empty_array_zval, entries, find, insert, new_array_zval, replace_value, separate,
        type_of,
    },
    engine::value::{Key, type_name},
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

fn not_an_array(path: &[&Key], holder: *const zval) -> AuraError {
    // SAFETY: `holder` is a live zval owned by the session array.
    let found = type_name(unsafe { &*holder.cast::<Zval>() });
    AuraError::Session(format!(
        "{} holds {} instead of an array; the session was left unchanged",
        describe(path),
        article(&found),
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

/// Whether `$_SESSION` is defined (set and not null).
pub fn exists() -> bool {
    let root = root_slot(false);
    !root.is_null() && type_of(deref(root)) > IS_NULL
}

/// The value at `path`, dereferenced, or `None` when some key is missing.
/// A container on the way that exists but is not an array is an error:
/// PHP would read string offsets or objects there.
pub fn get(path: &[&Key]) -> AuraResult<Option<&'static Zval>> {
    let mut cur = root_slot(false);
    if cur.is_null() {
        return Ok(None);
    }
    cur = deref(cur);
    for (depth, key) in path.iter().enumerate() {
        match type_of(cur) {
            IS_ARRAY => {}
            IS_NULL | IS_UNDEF => return Ok(None),
            _ => return Err(not_an_array(&path[..depth], cur)),
        }
        // SAFETY: `cur` holds an array.
        cur = find(unsafe { (*cur).value.arr }, key);
        if cur.is_null() {
            return Ok(None);
        }
        cur = deref(cur);
    }
    if type_of(cur) == IS_UNDEF {
        return Ok(None);
    }
    // SAFETY: the value lives in the session array; callers copy it before
    // anything can call back into PHP.
    Ok(Some(unsafe { &*cur.cast::<Zval>() }))
}

/// `isset()` of the path.
pub fn isset(path: &[&Key]) -> AuraResult<bool> {
    Ok(get(path)?.is_some_and(|v| !v.is_null()))
}

/// A copy of the value at the path (arrays are shared copy-on-write).
pub fn get_copy(path: &[&Key]) -> AuraResult<Option<Zval>> {
    Ok(get(path)?.filter(|v| !v.is_null()).map(Zval::shallow_clone))
}

/// Walks to the container of the last key, creating and separating arrays.
/// Returns the array to write into.
fn container_for_write(path: &[&Key]) -> AuraResult<*mut HashTable> {
    check_writable(path)?;
    let mut cur = deref(root_slot(true));
    for key in path.iter().take(path.len().saturating_sub(1)) {
        let ht = array_at(cur);
        let mut slot = find(ht, key);
        if slot.is_null() {
            slot = insert(ht, key, Zval::new());
        }
        cur = deref(slot);
    }
    Ok(array_at(cur))
}

/// Turns a null/undefined slot into an empty array, then separates it.
fn array_at(zv: *mut zval) -> *mut HashTable {
    if type_of(zv) != IS_ARRAY {
        // SAFETY: only null or undefined slots reach here (checked before).
        drop(replace_value(zv, new_array_zval()));
    }
    separate(zv)
}

/// Refuses before any change when a container on the path is not an array
/// (the same walk as a read, which fails at exactly those containers).
pub fn check_writable(path: &[&Key]) -> AuraResult<()> {
    get(path).map(drop)
}

/// The array the path holds; anything else there, null and nothing included,
/// is an error naming the path.
pub fn require_array(path: &[&Key]) -> AuraResult<*mut HashTable> {
    match get(path)? {
        // SAFETY: the value holds an array.
        Some(v) if v.is_array() => Ok(unsafe { v.value.arr }),
        Some(v) => Err(not_an_array(path, ptr::from_ref(v).cast())),
        None => Err(AuraError::Session(format!("{} is not set", describe(path)))),
    }
}

/// `$_SESSION[...path] = $value`. An existing reference at the target keeps
/// being a reference and receives the value. The old value is returned so
/// the caller drops it (its destructor may run PHP code) after the write.
pub fn set(path: &[&Key], value: Zval) -> AuraResult<Zval> {
    let Some((last, _)) = path.split_last() else {
        return Ok(value);
    };
    let ht = container_for_write(path)?;
    let slot = find(ht, last);
    if slot.is_null() {
        insert(ht, last, value);
        return Ok(Zval::new());
    }
    let target = deref(slot);
    // SAFETY: `target` is a live slot; the old value moves out before the new
    // one moves in, so nothing is freed while the array is being changed.
    Ok(replace_value(target, value))
}

/// Sets the path to `[]` unless it is set (`isset`), as the segment loader does.
pub fn ensure_array(path: &[&Key]) -> AuraResult<()> {
    if !isset(path)? {
        drop(set(path, empty_array_zval())?);
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
pub struct Loaded {
    root: *mut zval,
    now_bucket: *mut zval,
    next_bucket: *mut zval,
    pub data: *mut zval,
    pub now: *mut zval,
    pub next: *mut zval,
}

impl Loaded {
    /// The containers above one of the three arrays.
    fn parents(&self, array: *mut zval) -> &'static [fn(&Loaded) -> *mut zval] {
        if ptr::eq(array, self.data) {
            &[|l| l.root]
        } else if ptr::eq(array, self.now) {
            &[|l| l.root, |l| l.now_bucket]
        } else {
            &[|l| l.root, |l| l.next_bucket]
        }
    }

    /// `$array[$key] = $value` in place, when no container above the array
    /// is shared (the array itself is separated as PHP would). `Err` hands
    /// the value back for the general path. `Ok` holds the old value.
    pub fn write(&self, array: *mut zval, key: &Key, value: Zval) -> Result<Zval, Zval> {
        if !self
            .parents(array)
            .iter()
            .all(|parent| unshared(parent(self)))
        {
            return Err(value);
        }
        let ht = separate(array);
        let slot = find(ht, key);
        if slot.is_null() {
            insert(ht, key, value);
            return Ok(Zval::new());
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
pub fn set_empty_array(path: &[&Key]) -> AuraResult<Zval> {
    set(path, empty_array_zval())
}

/// `unset($_SESSION[...path])`; the removed value is returned for the caller
/// to drop.
pub fn unset(path: &[&Key]) -> AuraResult<Zval> {
    let Some((last, parent)) = path.split_last() else {
        return Ok(Zval::new());
    };
    match get(parent)? {
        Some(container) if container.is_array() => {}
        _ => return Ok(Zval::new()),
    }
    let ht = container_for_write(path)?;
    let slot = find(ht, last);
    if slot.is_null() {
        return Ok(Zval::new());
    }
    // SAFETY: an extra reference keeps the value alive through the delete,
    // so its destructor (which may run PHP code) runs when the caller drops it.
    unsafe {
        let old = (*slot.cast::<Zval>()).shallow_clone();
        match last {
            Key::Int(i) => zend_hash_index_del(ht, *i as zend_ulong),
            Key::Str(_) => zend_hash_del(ht, last.zend_string().unwrap_or(ptr::null_mut())),
        };
        Ok(old)
    }
}

/// The keys of the array at the path (empty when it is not an array).
pub fn keys(path: &[&Key]) -> AuraResult<Vec<Key>> {
    Ok(match get(path)? {
        Some(value) if value.is_array() => {
            // SAFETY: the value holds an array.
            entries(unsafe { value.value.arr })
                .into_iter()
                .map(|(k, _)| k)
                .collect()
        }
        _ => Vec::new(),
    })
}

/// `$_SESSION[...path] = array_merge($_SESSION[...a], $_SESSION[...b])` where
/// both hold arrays: string keys overwrite, integer keys are renumbered.
pub fn merge_into(target: &[&Key], first: &[&Key], second: &[&Key]) -> AuraResult<Zval> {
    let merged = new_array_zval();
    // SAFETY: `merged` owns a fresh array no one else sees.
    let out = unsafe { merged.value.arr };
    for source in [first, second] {
        for (key, item) in entries(require_array(source)?) {
            // SAFETY: `item` is a live slot of the source array.
            let item = std::mem::ManuallyDrop::new(merge_copy(unsafe { &*item.cast::<Zval>() }));
            let item = &raw const *item as *mut zval;
            // SAFETY: the fresh array takes over the copied value.
            unsafe {
                match key {
                    Key::Int(_) => {
                        zend_hash_next_index_insert(out, item);
                    }
                    Key::Str(_) => {
                        let old = find(out, &key);
                        if old.is_null() {
                            zend_hash_update(
                                out,
                                key.zend_string().unwrap_or(ptr::null_mut()),
                                item,
                            );
                        } else {
                            drop(replace_value(old, ptr::read(item.cast::<Zval>())));
                        }
                    }
                }
            }
        }
    }
    set(target, merged)
}

/// What `array_merge` copies: a reference only used by the source array
/// becomes a plain value, a shared one stays shared.
fn merge_copy(item: &Zval) -> Zval {
    if item.is_reference() {
        // SAFETY: a reference zval points at a live `zend_reference`.
        let refcount = unsafe { (*item.value.ref_).gc.refcount };
        if refcount == 1 {
            return item.dereference().shallow_clone();
        }
    }
    item.shallow_clone()
}

/// `$_SESSION[to] = $_SESSION[from]` (a copy-on-write copy of the value).
pub fn copy(to: &[&Key], from: &[&Key]) -> AuraResult<Zval> {
    let value = get(from)?.map(Zval::shallow_clone).unwrap_or_default();
    set(to, value)
}
