//! The two ways PHP code can run in the middle of our work, made safe.
//!
//! A fatal error (`E_ERROR`, `memory_limit`, `max_execution_time`) unwinds
//! with `longjmp`, skipping every Rust frame between it and the nearest
//! `zend_try`: their pending drops never run. So each point where engine
//! code may reach user code is wrapped here: the bailout is caught at once,
//! travels up as `AuraError::Bailout` (dropping Rust state on the way), and
//! the method handler re-raises it once nothing of ours is left on the stack.
//!
//! Dropping an array or object can run destructors (directly, or through the
//! cycle collector, which any decrement may start), so values taken out of
//! `$_SESSION` are released here too, after the write that displaced them,
//! with no pointer into an engine table held; and every value PHP code hands
//! us is an [`Owned`], whose drop comes here wherever it happens.
//!
//! Once a fatal error is caught, no PHP code runs until the handler has
//! re-raised it: the engine has marked every object destructed and expects
//! to unwind to its own handler. A drop cannot return the error, so the
//! request state remembers it (`request::bailed_out`) and every later
//! guarded step, and the handler, see it.

use std::{
    ffi::{c_int, c_void},
    mem::ManuallyDrop,
    ops::Deref,
    panic::{AssertUnwindSafe, catch_unwind},
};

use ext_php_rs::{
    ffi::{IS_ARRAY, IS_OBJECT, IS_REFERENCE, IS_STRING, ext_php_rs_executor_globals},
    types::Zval,
};

use crate::{
    engine::request,
    errors::{AuraError, AuraResult},
};

/// Whether PHP code we ran left an exception in flight.
pub fn exception_pending() -> bool {
    // SAFETY: the executor globals exist for the whole request.
    unsafe { !(*ext_php_rs_executor_globals()).exception.is_null() }
}

unsafe extern "C" {
    fn zend_clear_exception();
    fn aura_shim_try(body: unsafe extern "C" fn(*mut c_void), ctx: *mut c_void) -> c_int;
    fn aura_shim_set_exception_aside(opline: *mut *const c_void) -> *mut c_void;
    fn aura_shim_put_exception_back(exception: *mut c_void, opline: *const c_void);
}

/// Cleans up after `error` (releasing a lock, putting the session back
/// under the id the client holds) and returns the error to report: the
/// error is raised first and set aside while `cleanup` runs, so that what
/// `cleanup` raises chains onto it. After a fatal error nothing runs.
pub fn clean_up_after(error: AuraError, cleanup: impl FnOnce() -> AuraResult<()>) -> AuraError {
    if matches!(error, AuraError::Bailout) {
        return error;
    }
    let error = error.raise_now();
    match with_exception_set_aside(cleanup) {
        Err(AuraError::Bailout) => AuraError::Bailout,
        _ => error,
    }
}

/// Drops the exception in flight, for a caller that raised it itself and
/// now handles the failure (a cycle it runs again). The exception's trace
/// holds only values the live frames hold too, so releasing it frees no
/// user object; a fatal error is caught all the same.
pub fn discard_exception() -> AuraResult<()> {
    // SAFETY: the executor globals exist for the whole request; the engine
    // releases the exception and restores the frame's opline.
    guarded(|| unsafe { zend_clear_exception() })
}

/// Runs `f` with the exception in flight (if any) set aside, as the engine
/// sets it aside to run a destructor: the engine refuses every call while
/// an exception is pending, and cleanup that must happen after a failure
/// (releasing a session lock) is such a call. An exception `f` raises gets
/// the set-aside one as its previous; otherwise that one is in flight again.
pub fn with_exception_set_aside<R>(f: impl FnOnce() -> R) -> R {
    let mut opline = std::ptr::null();
    // SAFETY: the executor globals exist for the whole request; the
    // exception set aside is owned by this frame until it is put back.
    let exception = unsafe { aura_shim_set_exception_aside(&raw mut opline) };
    let result = f();
    // SAFETY: pairs with the call above.
    unsafe { aura_shim_put_exception_back(exception, opline) };
    result
}

/// The engine bailed out (a fatal error) while a `zend_try` body ran.
struct BailedOut;

struct Frame<F, R> {
    body: Option<F>,
    result: Option<std::thread::Result<R>>,
}

unsafe extern "C" fn run_frame<F: FnOnce() -> R, R>(ctx: *mut c_void) {
    // SAFETY: `ctx` is the live frame `zend_try` was given, used only here.
    let frame = unsafe { &mut *ctx.cast::<Frame<F, R>>() };
    if let Some(body) = frame.body.take() {
        frame.result = Some(catch_unwind(AssertUnwindSafe(body)));
    }
}

/// Runs `f` inside the engine's `zend_try`: a fatal error anywhere in it
/// comes back as `Err(BailedOut)` (the frames inside `f` were skipped, so
/// `f` should hold nothing that needs dropping), a panic as `Ok(Err(_))`.
fn zend_try<F: FnOnce() -> R, R>(f: F) -> Result<std::thread::Result<R>, BailedOut> {
    let mut frame = Frame {
        body: Some(f),
        result: None,
    };
    // SAFETY: the frame outlives the call; the shim restores the engine's
    // outer bailout point before returning either way.
    let bailed = unsafe { aura_shim_try(run_frame::<F, R>, (&raw mut frame).cast()) };
    match frame.result.take() {
        Some(result) if bailed == 0 => Ok(result),
        _ => {
            // After a bailout the body was never dropped: forget it too, its
            // state may be half-moved.
            std::mem::forget(frame);
            Err(BailedOut)
        }
    }
}

/// Runs engine code that may run user PHP code, catching a bailout. After
/// one, `f` is not run at all, and what it holds is left to the engine's
/// end of request.
pub fn guarded<R>(f: impl FnOnce() -> R) -> AuraResult<R> {
    if request::bailed_out() {
        std::mem::forget(f);
        return Err(AuraError::Bailout);
    }
    match zend_try(f) {
        Ok(Ok(result)) => Ok(result),
        Ok(Err(_)) => Err(AuraError::Error("aura_session: internal error".into())),
        Err(BailedOut) => {
            request::set_bailed_out(true);
            Err(AuraError::Bailout)
        }
    }
}

/// Whether a fatal error caught below is waiting to be re-raised; the
/// handler that asks is the one that re-raises it.
pub fn take_bailout() -> bool {
    let caught = request::bailed_out();
    if caught {
        request::set_bailed_out(false);
    }
    caught
}

/// Drops a value displaced from `$_SESSION` or a property. An exception its
/// destructor throws stops the method there, as it stops PHP code after the
/// assignment that ran it.
#[inline]
pub fn release(old: Zval) -> AuraResult<()> {
    // Scalars own nothing: forgetting them skips ext-php-rs' drop, which
    // probes the type several times, on every write of the hot path.
    // SAFETY: reading the type tag of a live zval.
    if u32::from(unsafe { old.u1.v.type_ }) < IS_STRING {
        std::mem::forget(old);
        return Ok(());
    }
    release_counted(old)
}

/// Releases every value of `values` (arguments after a call), each in turn
/// as the engine frees a call's arguments, and reports the first failure.
pub fn release_all(values: &mut [Zval]) -> AuraResult<()> {
    values
        .iter_mut()
        .map(|value| release(std::mem::take(value)))
        .fold(Ok(()), AuraResult::and)
}

fn release_counted(old: Zval) -> AuraResult<()> {
    // Only arrays and objects (or references to them) can run code when
    // dropped; a string is freed on the spot.
    // SAFETY: reading the type tag of a live zval.
    let type_tag = u32::from(unsafe { old.u1.v.type_ });
    if !matches!(type_tag, IS_ARRAY | IS_OBJECT | IS_REFERENCE) {
        drop(old);
        return Ok(());
    }
    guarded(move || drop(old))?;
    if exception_pending() {
        return Err(AuraError::Thrown);
    }
    Ok(())
}

/// A value PHP code handed us: a call's result, a copy of a property. Its
/// drop goes through [`release`], so a destructor or cycle collection it
/// sets off runs inside a `zend_try` wherever the value goes out of scope.
/// An exception that drop raises stays in flight for the next call into PHP
/// and the handler; `discard()` reports it at once instead.
#[must_use]
pub struct Owned(ManuallyDrop<Zval>);

impl Owned {
    pub fn new(value: Zval) -> Owned {
        Owned(ManuallyDrop::new(value))
    }

    /// Releases the value now, stopping the caller on what its drop raised,
    /// as PHP stops after the statement that discarded it.
    pub fn discard(self) -> AuraResult<()> {
        release(self.into_zval())
    }

    /// `if ($value)`: PHP frees the value before the branch runs, so a
    /// destructor it sets off comes first and can stop the caller.
    pub fn into_truthy(self) -> AuraResult<bool> {
        let truthy = crate::engine::value::truthy(&self);
        self.discard().map(|()| truthy)
    }

    /// The value itself, to be stored or returned to PHP.
    pub fn into_zval(self) -> Zval {
        let mut owned = ManuallyDrop::new(self);
        // SAFETY: `owned` is never used or dropped again.
        unsafe { ManuallyDrop::take(&mut owned.0) }
    }
}

impl Deref for Owned {
    type Target = Zval;

    fn deref(&self) -> &Zval {
        &self.0
    }
}

impl From<Zval> for Owned {
    fn from(value: Zval) -> Owned {
        Owned::new(value)
    }
}

impl From<Owned> for Zval {
    fn from(value: Owned) -> Zval {
        value.into_zval()
    }
}

impl Default for Owned {
    fn default() -> Owned {
        Owned::new(Zval::new())
    }
}

impl Drop for Owned {
    fn drop(&mut self) {
        // SAFETY: dropped once; the value is not used again.
        let value = unsafe { ManuallyDrop::take(&mut self.0) };
        // What it raised is kept by the engine (an exception) or the
        // request state (a fatal error): see the type's documentation.
        let _ = release(value);
    }
}
