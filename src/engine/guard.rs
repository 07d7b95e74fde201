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
//! with no pointer into an engine table held.

use std::{
    ffi::{c_int, c_void},
    panic::{AssertUnwindSafe, catch_unwind},
};

use ext_php_rs::{
    ffi::{IS_ARRAY, IS_OBJECT, IS_REFERENCE, IS_STRING, ext_php_rs_executor_globals},
    types::Zval,
};

use crate::errors::{AuraError, AuraResult};

/// Whether PHP code we ran left an exception in flight.
pub fn exception_pending() -> bool {
    // SAFETY: the executor globals exist for the whole request.
    unsafe { !(*ext_php_rs_executor_globals()).exception.is_null() }
}

unsafe extern "C" {
    fn aura_shim_try(body: unsafe extern "C" fn(*mut c_void), ctx: *mut c_void) -> c_int;
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

/// Runs engine code that may run user PHP code, catching a bailout.
pub fn guarded<R>(f: impl FnOnce() -> R) -> AuraResult<R> {
    match zend_try(f) {
        Ok(Ok(result)) => Ok(result),
        Ok(Err(_)) => Err(AuraError::Error("aura_session: internal error".into())),
        Err(BailedOut) => Err(AuraError::Bailout),
    }
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
