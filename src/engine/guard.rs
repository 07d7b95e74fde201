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

use std::panic::AssertUnwindSafe;

use ext_php_rs::{
    ffi::{IS_ARRAY, IS_OBJECT, IS_REFERENCE, ext_php_rs_executor_globals},
    types::Zval,
    zend::{CatchError, try_catch},
};

use crate::errors::{AuraError, AuraResult};

/// Whether PHP code we ran left an exception in flight.
pub fn exception_pending() -> bool {
    // SAFETY: the executor globals exist for the whole request.
    unsafe { !(*ext_php_rs_executor_globals()).exception.is_null() }
}

/// Runs engine code that may run user PHP code, catching a bailout.
pub fn guarded<R>(f: impl FnOnce() -> R) -> AuraResult<R> {
    match try_catch(AssertUnwindSafe(f)) {
        Ok(result) => Ok(result),
        Err(CatchError::Bailout) => Err(AuraError::Bailout),
        Err(other) => Err(AuraError::Error(format!("aura_session: {other}"))),
    }
}

/// Drops a value displaced from `$_SESSION` or a property. An exception its
/// destructor throws stops the method there, as it stops PHP code after the
/// assignment that ran it.
pub fn release(old: Zval) -> AuraResult<()> {
    // Only arrays and objects (or references to them) can run code when
    // dropped; everything else is freed on the spot.
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
